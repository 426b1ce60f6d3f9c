package dk.mentor.refusion.application;

import dk.mentor.refusion.domain.ExpenseLine;
import dk.mentor.refusion.domain.ExpenseType;
import dk.mentor.refusion.domain.LineSource;
import dk.mentor.refusion.domain.Meeting;
import dk.mentor.refusion.domain.MeetingPricing;
import dk.mentor.refusion.domain.MentorTerms;
import dk.mentor.refusion.domain.MentorTermsOnDate;
import dk.mentor.refusion.domain.PlanFact;
import dk.mentor.refusion.domain.PricedMinutes;
import dk.mentor.refusion.domain.RuleBook;
import dk.mentor.refusion.infra.persistence.LedgerRepository;
import dk.mentor.refusion.infra.persistence.MeetingRepository;
import dk.mentor.refusion.infra.persistence.MentorTermsRepository;
import dk.mentor.refusion.infra.persistence.MentorshipRepository;
import dk.mentor.refusion.infra.persistence.PlanRepository;
import dk.mentor.refusion.infra.persistence.RuleSetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns meetings into ledger lines. A new version of a meeting reverses every line of the previous
 * version and posts the new ones; a re-pricing with the same version (new terms, a hand-over) reposts
 * only when the price or the judging rule changed. A meeting whose mentor's terms are not known yet
 * stays PENDING with no lines and is priced when they arrive. Runs in the consumer's transaction.
 */
@ApplicationScoped
public class PostMeeting {

    @Inject
    MeetingRepository meetings;

    @Inject
    LedgerRepository ledger;

    @Inject
    RuleSetRepository rules;

    @Inject
    MentorTermsRepository terms;

    @Inject
    PlanRepository plans;

    @Inject
    MentorshipRepository mentorships;

    @Inject
    WatchCeilings ceilings;

    @Inject
    Clock clock;

    /** Applies a version of a meeting; a repeated or older version changes nothing. */
    public void record(Meeting.Facts facts, String eventId, String eventType) {
        if (facts.mentorId() != null) {
            terms.lockMentor(facts.mentorId());
        }
        Optional<Meeting> known = meetings.find(facts.meetingId());
        Meeting meeting;
        if (known.isPresent()) {
            if (!known.get().isOlderThan(facts.version())) {
                return;
            }
            meeting = known.get();
            meeting.apply(facts, eventId);
        } else {
            meeting = Meeting.of(facts, eventId);
            meetings.persist(meeting);
        }
        reprice(meeting, eventId, eventType);
    }

    /** Prices the meeting's current version again and posts the difference, caused by the given event. */
    public void reprice(Meeting meeting, String eventId, String eventType) {
        List<ExpenseLine> standing = ledger.standingLinesOfMeeting(meeting.meetingId());
        List<ExpenseLine> wanted = price(meeting, eventId, eventType);
        if (unchanged(standing, wanted, meeting.version())) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<ExpenseLine> posted = new ArrayList<>();
        for (ExpenseLine line : standing) {
            ExpenseLine reversal = line.reverse(eventId, eventType, now);
            ledger.persist(reversal);
            posted.add(reversal);
        }
        wanted.forEach(ledger::persist);
        posted.addAll(wanted);
        ceilings.check(posted);
    }

    private static boolean unchanged(List<ExpenseLine> standing, List<ExpenseLine> wanted, int version) {
        if (standing.size() != wanted.size()) {
            return false;
        }
        for (int i = 0; i < standing.size(); i++) {
            if (standing.get(i).meetingVersion() != version || !standing.get(i).samePricingAs(wanted.get(i))) {
                return false;
            }
        }
        return true;
    }

    private List<ExpenseLine> price(Meeting meeting, String eventId, String eventType) {
        if (meeting.mentorId() == null) {
            meeting.unpriceable("The meeting names no catalogue mentor, so no rate is known");
            return List.of();
        }
        Optional<MentorTermsOnDate> onDate = termsOn(meeting);
        if (onDate.isEmpty()) {
            meeting.pending("Waiting for the mentor's terms from the catalogue");
            return List.of();
        }
        MentorTermsOnDate mentor = onDate.get();
        PlanFact plan = plans.find(meeting.planId()).orElse(null);
        String payer = plan == null ? meeting.actingMunicipality()
                : plan.actingOn(meeting.meetingDate(), plans.handovers(plan.planId()));
        List<String> targetGroups = plan == null ? List.of() : plan.targetGroups();
        LineSource source = new LineSource(payer, mentor.homeMunicipality(), meeting.planId(),
                plan == null ? null : plan.citizenRef(), meeting.mentorId(), mentor.kind(), meeting.meetingId(),
                meeting.version(), null, targetGroups, eventId, eventType);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<ExpenseLine> lines = new ArrayList<>();
        for (PricedMinutes p : MeetingPricing.price(meeting.attendanceCode(), meeting.minutes(),
                meeting.transportMinutes(), mentor)) {
            var rule = RuleBook.judge(rules.candidates(p.legalBasis(), ExpenseType.WAGE, meeting.meetingDate()),
                    p.legalBasis(), ExpenseType.WAGE, targetGroups, payer, meeting.meetingDate()).orElse(null);
            lines.add(ExpenseLine.post(source, p.kind(), p.legalBasis(), meeting.meetingDate(), p.minutes(),
                    p.hourlyRate(), p.amount(), rule, now));
        }
        meeting.priced();
        return lines;
    }

    /**
     * The terms in force on the meeting's day. Before the first version the catalogue told us of, the
     * first version's terms stand, with the hourly rate the mentorship agreed at its start if known.
     */
    private Optional<MentorTermsOnDate> termsOn(Meeting meeting) {
        List<MentorTerms> history = terms.history(meeting.mentorId());
        if (history.isEmpty()) {
            return Optional.empty();
        }
        MentorTerms inForce = null;
        for (MentorTerms version : history) {
            if (!version.effectiveFrom().isAfter(meeting.meetingDate())) {
                inForce = version;
            }
        }
        if (inForce != null) {
            return Optional.of(inForce.onDate(null));
        }
        BigDecimal startRate = mentorships.find(meeting.mentorshipId()).map(m -> m.hourlyRate()).orElse(null);
        return Optional.of(history.get(0).onDate(startRate));
    }
}
