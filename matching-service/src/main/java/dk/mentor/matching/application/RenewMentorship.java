package dk.mentor.matching.application;

import dk.mentor.contracts.events.matching.MentorshipRenewed;
import dk.mentor.kit.codes.CodeLists;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.outbox.Outbox;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.matching.domain.MentorCandidate;
import dk.mentor.matching.domain.Mentorship;
import dk.mentor.matching.domain.MentorshipRenewal;
import dk.mentor.matching.infra.persistence.MentorCandidateRepository;
import dk.mentor.matching.infra.persistence.MentorshipRenewalRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A new grant for a running mentorship after the caseworker's assessment, so it does not expire at its
 * old end. The mentor keeps the seat; more hours are taken only when the mentor has them free (the row
 * is locked as when a mentorship starts). The assessment is kept with the renewal.
 */
@ApplicationScoped
public class RenewMentorship {

    @Inject
    CodeLists codeLists;
    @Inject
    EndMentorship endMentorship;

    @Inject
    MentorCandidateRepository candidates;

    @Inject
    MentorshipRenewalRepository renewals;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public Mentorship renew(UUID mentorshipId, String ifMatch, LocalDate endsOn, BigDecimal hoursPerWeek,
                            Integer meetingEveryDays, String assessment) {
        Mentorship mentorship = endMentorship.load(mentorshipId, ifMatch, "renew");
        Instant now = clock.instant();
        MentorCandidate mentor = candidates.lockForSeat(mentorship.mentorId())
                .orElseThrow(() -> ProblemException.conflict("The mentor is no longer known to matching"));
        BigDecimal more = hoursPerWeek.subtract(mentorship.hoursPerWeek());
        if (more.signum() > 0 && mentor.freeHoursPerWeek().compareTo(more) < 0) {
            throw ProblemException.conflict("The mentor has only " + mentor.freeHoursPerWeek()
                    + " free hours a week left; the renewal adds " + more);
        }
        BigDecimal before = mentorship.hoursPerWeek();
        LocalDate previousEnd = mentorship.renew(codeLists.legalBasis(mentorship.legalBasis()), endsOn, hoursPerWeek, meetingEveryDays, now);
        mentor.changeHours(before, hoursPerWeek);
        renewals.persist(MentorshipRenewal.of(mentorship, previousEnd, assessment, caller.username(), now));
        outbox.append(new MentorshipRenewed(mentorship.id(), mentorship.planId(), mentorship.mentorId(),
                mentorship.actingMunicipality(), previousEnd, mentorship.endsOn(), mentorship.hoursPerWeek(),
                mentorship.meetingEveryDays(), now));
        renewals.flush();
        return mentorship;
    }
}
