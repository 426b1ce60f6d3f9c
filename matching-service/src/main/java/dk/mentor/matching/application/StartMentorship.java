package dk.mentor.matching.application;

import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.contracts.events.matching.MentorshipStarted;
import dk.mentor.kit.codes.CodeLists;
import dk.mentor.kit.outbox.Outbox;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.kit.time.DanishTime;
import dk.mentor.matching.domain.MeetingCadence;
import dk.mentor.matching.domain.MentorCandidate;
import dk.mentor.matching.domain.MentorRoles;
import dk.mentor.matching.domain.Mentorship;
import dk.mentor.matching.domain.Proposal;
import dk.mentor.matching.domain.Referral;
import dk.mentor.matching.infra.persistence.MentorCandidateRepository;
import dk.mentor.matching.infra.persistence.MentorshipRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Starts a mentorship on the mentor's seat. The mentor's row is locked first, so of two caseworkers
 * taking the last seat at the same moment one waits, then sees the seat gone and gets 409; nothing of
 * the loser's change is kept.
 */
@ApplicationScoped
public class StartMentorship {

    @Inject
    CodeLists codeLists;
    @Inject
    MentorCandidateRepository candidates;

    @Inject
    MentorshipRepository mentorships;

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public Mentorship start(Referral referral, Proposal proposal, Instant now) {
        MentorCandidate mentor = candidates.lockForSeat(proposal.mentorId())
                .orElseThrow(() -> ProblemException.conflict("The mentor is no longer known to matching"));
        if (!"ACTIVE".equals(mentor.status()) || !mentor.vettingComplete()) {
            throw ProblemException.conflict("The mentor is " + mentor.status()
                    + (mentor.vettingComplete() ? "" : " with vetting incomplete") + " and cannot start a mentorship now");
        }
        if (mentor.freeSeats() < 1) {
            throw ProblemException.conflict("The mentor's last free seat was taken meanwhile; choose another mentor");
        }
        if (mentor.freeHoursPerWeek().compareTo(referral.hoursPerWeek()) < 0) {
            throw ProblemException.conflict("The mentor has only " + mentor.freeHoursPerWeek()
                    + " free hours a week left; the referral needs " + referral.hoursPerWeek());
        }
        LegalBasisTerms basis = codeLists.legalBasis(referral.legalBasis());
        String role = MentorRoles.roleFor(basis, referral.roleWanted(), mentor.kind());
        Mentorship mentorship = Mentorship.start(referral, proposal, mentor, role,
                LocalDate.ofInstant(referral.createdAt(), DanishTime.ZONE), LocalDate.ofInstant(now, DanishTime.ZONE), now);
        mentor.take(referral.hoursPerWeek());
        mentorships.persist(mentorship);
        proposal.accepted(now);
        referral.matched(now);
        outbox.append(new MentorshipStarted(mentorship.id(), referral.id(), referral.planId(), mentor.mentorId(),
                mentor.displayName(), mentor.accountUsername(), mentor.kind(), mentor.homeMunicipality(),
                referral.actingMunicipality(), referral.legalBasis(), role, referral.targetGroups(),
                referral.hoursPerWeek(), mentor.hourlyRate(), mentorship.startsOn(), mentorship.endsOn(), now, MeetingCadence.everyDays(referral.meetingFrequency())));
        return mentorship;
    }
}
