package dk.mentor.matching.application;

import dk.mentor.kit.api.Versions;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.matching.domain.MentorCandidate;
import dk.mentor.matching.domain.Proposal;
import dk.mentor.matching.domain.Referral;
import dk.mentor.matching.infra.persistence.MentorCandidateRepository;
import dk.mentor.matching.infra.persistence.ProposalRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The citizen (or the caseworker with them) picks one mentor of the shortlist or of a round. The choice
 * holds one of the mentor's seats until the three-party meeting is answered (at most
 * {@link Proposal#SEAT_HOLD}): the mentor's row is locked while the free seats are counted, so of two
 * citizens choosing the last seat at once the second gets 409 now, not after both meetings were held.
 */
@ApplicationScoped
public class ChooseMentor {

    @Inject
    ReferralAccess access;

    @Inject
    ProposalRepository proposals;

    @Inject
    MentorCandidateRepository candidates;

    @Inject
    Clock clock;

    @Transactional
    public Referral choose(UUID referralId, String ifMatch, UUID proposalId, String chosenBy) {
        Referral referral = access.load(referralId, "choose");
        Versions.requireMatch(ifMatch, referral.version(), "referral", referralId);
        Proposal proposal = proposals.findByIdOptional(proposalId)
                .filter(p -> p.referralId().equals(referralId))
                .orElseThrow(() -> ProblemException.invalidField("proposalId", "is not a proposal of this referral"));
        Instant now = clock.instant();
        MentorCandidate mentor = candidates.lockForSeat(proposal.mentorId())
                .orElseThrow(() -> ProblemException.conflict("The mentor is no longer known to matching"));
        if (mentor.freeSeats() - proposals.seatsHeldForOthers(mentor.mentorId(), proposalId, now) < 1) {
            throw ProblemException.conflict("The mentor's last free seat is held for another citizen's three-party"
                    + " meeting; choose another mentor");
        }
        proposal.choose(chosenBy, now);
        referral.chose(proposalId, now);
        proposals.flush();
        return referral;
    }
}
