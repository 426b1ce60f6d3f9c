package dk.mentor.refusion.application;

import dk.mentor.contracts.ids.NewIds;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.refusion.domain.Claim;
import dk.mentor.refusion.domain.ExpenseLine;
import dk.mentor.refusion.domain.Meeting;
import dk.mentor.refusion.infra.persistence.ClaimRepository;
import dk.mentor.refusion.infra.persistence.LedgerRepository;
import dk.mentor.refusion.infra.persistence.MeetingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Re-judges a municipality's posted lines of a period under today's rules and terms (rule review E4):
 * a line keeps the rule, rate and account it was posted with until this runs. Meetings are priced again
 * whole (rules, the mentorship's agreed terms, holds); a training or fee line keeps its money and is judged
 * again by today's rule only ({@link JudgeLineAgain}). A preview
 * writes nothing; an apply reverses each changed line and posts the new one, as a correction does, so
 * running it again finds nothing to change. A line already on a submitted claim stays there; its
 * reversal and the new line are unclaimed, so the next claim of the period (a supplementary claim)
 * carries the difference. A line on a draft claim refuses the apply: the draft must be deleted first,
 * else it would be submitted with the old terms.
 */
@ApplicationScoped
public class Rejudge {

    /** The source event type of re-judged lines; the ledger's index lets a training attendance have such lines (V8). */
    static final String EVENT_TYPE = "Rejudged";

    public enum Mode { PREVIEW, APPLY }

    public record Command(String municipality, LocalDate from, LocalDate to, Mode mode) {
    }

    /**
     * One line's change: the standing line and the one that replaces it; either is null when a meeting's
     * count of lines changed. The meeting is null for a training or fee line.
     */
    public record LineChange(UUID meetingId, ExpenseLine before, ExpenseLine after) {
    }

    public record Result(Command command, List<LineChange> changes) {
    }

    @Inject
    LedgerRepository ledger;

    @Inject
    MeetingRepository meetings;

    @Inject
    ClaimRepository claims;

    @Inject
    PostMeeting postMeeting;

    @Inject
    JudgeLineAgain judgeAgain;

    @Inject
    WatchCeilings ceilings;

    @Inject
    MunicipalityEconomy economy;

    @Inject
    Clock clock;

    @Transactional
    public Result run(Command c) {
        validate(c);
        economy.require(c.municipality(), "expense-ledger", c.mode() == Mode.APPLY ? "rejudge" : "preview-rejudgement");
        String eventId = "rejudgement:" + NewIds.next();
        List<LineChange> changes = new ArrayList<>();
        List<PostMeeting.Repricing> changed = new ArrayList<>();
        for (UUID meetingId : ledger.meetingsWithStandingLines(c.municipality(), c.from(), c.to())) {
            Meeting meeting = meetings.find(meetingId).orElseThrow();
            PostMeeting.Repricing repricing = postMeeting.compare(meeting, eventId, EVENT_TYPE);
            if (meeting.status() != Meeting.Status.PRICED) {
                // It cannot be priced now (its mentorship's terms are missing): its lines stand as posted.
                meeting.priced();
                continue;
            }
            if (repricing.changed()) {
                changed.add(repricing);
                changes.addAll(pair(meetingId, repricing));
            }
        }
        List<LineChange> rejudged = new ArrayList<>();
        for (ExpenseLine line : ledger.standingLinesWithoutMeeting(c.municipality(), c.from(), c.to())) {
            judgeAgain.judge(line, eventId, EVENT_TYPE).ifPresent(after -> rejudged.add(new LineChange(null, line, after)));
        }
        changes.addAll(rejudged);
        if (c.mode() == Mode.APPLY) {
            refuseDrafts(Stream.concat(changed.stream().flatMap(r -> r.standing().stream()),
                    rejudged.stream().map(LineChange::before)));
            changed.forEach(r -> postMeeting.post(r, eventId, EVENT_TYPE));
            post(rejudged, eventId);
        }
        return new Result(c, changes);
    }

    /** Reverses each re-judged training or fee line and posts its new judgement. */
    private void post(List<LineChange> rejudged, String eventId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<ExpenseLine> posted = new ArrayList<>();
        for (LineChange change : rejudged) {
            ExpenseLine reversal = change.before().reverse(eventId, EVENT_TYPE, now);
            ledger.persist(reversal);
            posted.add(reversal);
        }
        // the new lines after all reversals, as a re-priced meeting posts them
        rejudged.forEach(change -> {
            ledger.persist(change.after());
            posted.add(change.after());
        });
        ceilings.check(posted);
    }

    private static List<LineChange> pair(UUID meetingId, PostMeeting.Repricing r) {
        List<LineChange> pairs = new ArrayList<>();
        for (int i = 0; i < Math.max(r.standing().size(), r.wanted().size()); i++) {
            ExpenseLine before = i < r.standing().size() ? r.standing().get(i) : null;
            ExpenseLine after = i < r.wanted().size() ? r.wanted().get(i) : null;
            if (before == null || after == null || !before.samePricingAs(after)) {
                pairs.add(new LineChange(meetingId, before, after));
            }
        }
        return pairs;
    }

    private void refuseDrafts(Stream<ExpenseLine> changing) {
        changing.map(ExpenseLine::claimId).filter(Objects::nonNull)
                .distinct().map(claims::find).flatMap(java.util.Optional::stream).filter(Claim::isDraft).findFirst()
                .ifPresent(draft -> {
                    throw ProblemException.conflict("The draft claim " + draft.id() + " holds lines this rejudgement"
                            + " changes; delete the draft, apply the rejudgement and draft the claim again");
                });
    }

    private static void validate(Command c) {
        if (c.from() == null) {
            throw ProblemException.invalidField("from", "the first day of the period is required");
        }
        if (c.to() == null) {
            throw ProblemException.invalidField("to", "the last day of the period is required");
        }
        if (c.to().isBefore(c.from())) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
    }
}
