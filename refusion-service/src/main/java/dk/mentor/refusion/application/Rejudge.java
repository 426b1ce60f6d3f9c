package dk.mentor.refusion.application;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Re-judges a municipality's posted meeting lines of a period under today's rules and terms (rule
 * review E4): a line keeps the rule, rate and account it was posted with until this runs. A preview
 * writes nothing; an apply reverses each changed line and posts the new one, as a correction does, so
 * running it again finds nothing to change. A line already on a submitted claim stays there; its
 * reversal and the new line are unclaimed, so the next claim of the period (a supplementary claim)
 * carries the difference. A line on a draft claim refuses the apply: the draft must be deleted first,
 * else it would be submitted with the old terms.
 */
@ApplicationScoped
public class Rejudge {

    static final String EVENT_TYPE = "Rejudged";

    public enum Mode { PREVIEW, APPLY }

    public record Command(String municipality, LocalDate from, LocalDate to, Mode mode) {
    }

    /** One line's change: the standing line and the one that replaces it; either is null when the count changed. */
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
    MunicipalityEconomy economy;

    @Transactional
    public Result run(Command c) {
        validate(c);
        economy.require(c.municipality(), "expense-ledger", c.mode() == Mode.APPLY ? "rejudge" : "preview-rejudgement");
        String eventId = "rejudgement:" + UUID.randomUUID();
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
        if (c.mode() == Mode.APPLY) {
            refuseDrafts(changed);
            changed.forEach(r -> postMeeting.post(r, eventId, EVENT_TYPE));
        }
        return new Result(c, changes);
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

    private void refuseDrafts(List<PostMeeting.Repricing> changed) {
        changed.stream().flatMap(r -> r.standing().stream()).map(ExpenseLine::claimId).filter(Objects::nonNull)
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
