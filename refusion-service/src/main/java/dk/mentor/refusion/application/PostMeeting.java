package dk.mentor.refusion.application;

import dk.mentor.refusion.domain.ExpenseLine;
import dk.mentor.refusion.domain.ExpenseType;
import dk.mentor.refusion.domain.LineSource;
import dk.mentor.refusion.domain.Meeting;
import dk.mentor.refusion.domain.MeetingPricing;
import dk.mentor.refusion.domain.MentorTerms;
import dk.mentor.refusion.domain.MentorTermsOnDate;
import dk.mentor.refusion.domain.MentorshipTerm;
import dk.mentor.refusion.domain.PlanFact;
import dk.mentor.refusion.domain.PricedMinutes;
import dk.mentor.refusion.domain.RefundableBasis;
import dk.mentor.refusion.domain.RuleBook;
import dk.mentor.refusion.infra.persistence.LedgerRepository;
import dk.mentor.refusion.infra.persistence.MeetingRepository;
import dk.mentor.refusion.infra.persistence.MentorTermsRepository;
import dk.mentor.refusion.infra.persistence.MentorshipTermRepository;
import dk.mentor.refusion.infra.persistence.PlanRepository;
import dk.mentor.refusion.infra.persistence.RuleSetRepository;
import dk.mentor.kit.codes.CodeLists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns meetings into ledger lines. A new version of a meeting reverses every line of the previous
 * version and posts the new ones; a re-pricing with the same version (new terms, a hand-over) reposts
 * only when the price, the judgement or the holds changed. A meeting whose mentor's terms (or whose
 * mentorship's agreed terms) are not known yet stays PENDING with no lines and is priced when they
 * arrive. A meeting with claim holds is priced too, its lines held. Runs in the caller's transaction.
 */
@ApplicationScoped
public class PostMeeting {

    @Inject
    CodeLists codeLists;

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
    MentorshipTermRepository mentorshipTerms;

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
        post(compare(meeting, eventId, eventType), eventId, eventType);
    }

    /** The meeting's standing lines and the lines its current version prices to now, nothing written. */
    public Repricing compare(Meeting meeting, String eventId, String eventType) {
        List<ExpenseLine> standing = ledger.standingLinesOfMeeting(meeting.meetingId());
        List<ExpenseLine> wanted = price(meeting, eventId, eventType);
        return new Repricing(standing, wanted, !unchanged(standing, wanted, meeting.version()));
    }

    /** Reverses the standing lines and posts the wanted ones, unless nothing changed; returns what it posted. */
    public List<ExpenseLine> post(Repricing repricing, String eventId, String eventType) {
        if (!repricing.changed()) {
            return List.of();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<ExpenseLine> posted = new ArrayList<>();
        for (ExpenseLine line : repricing.standing()) {
            ExpenseLine reversal = line.reverse(eventId, eventType, now);
            ledger.persist(reversal);
            posted.add(reversal);
        }
        repricing.wanted().forEach(ledger::persist);
        posted.addAll(repricing.wanted());
        ceilings.check(posted);
        return posted;
    }

    /** A meeting's lines as they stand and as its current version prices them; changed when they differ. */
    public record Repricing(List<ExpenseLine> standing, List<ExpenseLine> wanted, boolean changed) {
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

    /**
     * The lines of the meeting's current version. The target groups and the hourly rate are those the
     * mentorship agreed for the grant in force on the meeting's day (E3, E14); a meeting with no
     * mentorship falls back on the plan's groups and the profile's rate. Transport and cancellations
     * follow the mentor's profile terms of the day. A line under the VOLUNTARY basis is cost only: no
     * rule judges it. The meeting's claim holds hold every line.
     */
    private List<ExpenseLine> price(Meeting meeting, String eventId, String eventType) {
        if (meeting.mentorId() == null) {
            meeting.unpriceable("The meeting names no catalogue mentor, so no rate is known");
            return List.of();
        }
        Optional<MentorTerms> profile = MentorTerms.inForce(terms.history(meeting.mentorId()), meeting.meetingDate());
        if (profile.isEmpty()) {
            meeting.pending("Waiting for the mentor's terms from the catalogue");
            return List.of();
        }
        PlanFact plan = plans.find(meeting.planId()).orElse(null);
        MentorshipTerm agreed = null;
        if (meeting.mentorshipId() != null) {
            List<MentorshipTerm> grants = mentorshipTerms.grants(meeting.mentorshipId());
            if (grants.isEmpty()) {
                meeting.pending("Waiting for the mentorship's agreed terms from matching");
                return List.of();
            }
            agreed = MentorshipTerm.inForce(grants, meeting.meetingDate());
        }
        MentorTermsOnDate mentor = agreed == null ? profile.get().onDate() : profile.get().agreedAt(agreed.hourlyRate());
        List<String> targetGroups = agreed != null ? agreed.targetGroups() : plan == null ? List.of() : plan.targetGroups();
        String payer = plan == null ? meeting.actingMunicipality()
                : plan.actingOn(meeting.meetingDate(), plans.handovers(plan.planId()));
        LineSource source = new LineSource(payer, mentor.homeMunicipality(), meeting.planId(),
                plan == null ? null : plan.citizenRef(), meeting.mentorId(), mentor.kind(), meeting.meetingId(),
                meeting.version(), null, targetGroups, eventId, eventType);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<ExpenseLine> lines = new ArrayList<>();
        for (PricedMinutes p : MeetingPricing.price(meeting.attendanceCode(), meeting.minutes(),
                meeting.transportMinutes(), mentor)) {
            var rule = !RefundableBasis.statutory(codeLists.findLegalBasis(p.legalBasis())) ? null
                    : RuleBook.judge(rules.candidates(p.legalBasis(), ExpenseType.WAGE, meeting.meetingDate()),
                            p.legalBasis(), ExpenseType.WAGE, targetGroups, payer, meeting.meetingDate()).orElse(null);
            lines.add(ExpenseLine.post(source, p.kind(), p.legalBasis(), meeting.meetingDate(), p.minutes(),
                    p.hourlyRate(), p.amount(), rule, now).heldFor(meeting.claimHolds()));
        }
        meeting.priced();
        return lines;
    }
}
