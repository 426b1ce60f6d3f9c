package dk.mentor.matching.application;

import dk.mentor.contracts.events.matching.MentorshipEnded;
import dk.mentor.kit.codes.CodeLists;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.access.MunicipalityAccess;
import dk.mentor.kit.access.ResourceScope;
import dk.mentor.kit.api.Versions;
import dk.mentor.kit.outbox.Outbox;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.matching.domain.MentorCandidate;
import dk.mentor.matching.domain.Mentorship;
import dk.mentor.matching.domain.Referral;
import dk.mentor.matching.infra.persistence.MentorCandidateRepository;
import dk.mentor.matching.infra.persistence.MentorshipRepository;
import dk.mentor.matching.infra.persistence.ReferralRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Ends a mentorship with a reason and frees the mentor's seat; a rematch opens a new referral for the
 * same plan that links back to the ended mentorship (after a poor match the same mentor is not proposed).
 */
@ApplicationScoped
public class EndMentorship {

    @Inject
    CodeLists codeLists;
    @Inject
    MentorshipRepository mentorships;

    @Inject
    MentorCandidateRepository candidates;

    @Inject
    ReferralRepository referrals;

    @Inject
    MunicipalityAccess access;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public Mentorship end(UUID mentorshipId, String ifMatch, String reason, LocalDate endedOn, boolean rematch) {
        Mentorship mentorship = load(mentorshipId, ifMatch, "end");
        Instant now = clock.instant();
        Referral referral = close(mentorship, reason, endedOn, now);
        if (rematch) {
            Referral next = referral.rematch(mentorship.id(), codeLists.legalBasis(referral.legalBasis()), caller.username(), now);
            referrals.persist(next);
            mentorship.rematchedBy(next.id());
        }
        mentorships.flush();
        return mentorship;
    }

    /** The mentorship for a change by the caller: in their municipality and at the version they read. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Mentorship load(UUID mentorshipId, String ifMatch, String action) {
        Mentorship mentorship = mentorships.findByIdOptional(mentorshipId)
                .orElseThrow(() -> ProblemException.notFound("mentorship", mentorshipId));
        access.require(ResourceScope.ownedBy("mentorship", mentorshipId, mentorship.actingMunicipality()), action,
                ReferralAccess.PURPOSE);
        Versions.requireMatch(ifMatch, mentorship.version(), "mentorship", mentorshipId);
        return mentorship;
    }

    /**
     * Ends the mentorship, frees the mentor's seat, closes its referral and publishes MentorshipEnded; shared
     * by the caseworker's end and the expiry of an unrenewed period. Returns the closed referral.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Referral close(Mentorship mentorship, String reason, LocalDate endedOn, Instant now) {
        MentorCandidate mentor = candidates.lockForSeat(mentorship.mentorId()).orElseThrow();
        mentorship.end(reason, endedOn, now);
        mentor.release(mentorship.hoursPerWeek());
        Referral referral = referrals.findById(mentorship.referralId());
        referral.closed(now);
        outbox.append(new MentorshipEnded(mentorship.id(), mentorship.planId(), mentorship.mentorId(),
                mentorship.mentorMunicipality(), mentorship.actingMunicipality(), mentorship.hoursPerWeek(), reason,
                endedOn, now));
        return referral;
    }
}
