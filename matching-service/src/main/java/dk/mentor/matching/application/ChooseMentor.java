package dk.mentor.matching.application;

import dk.mentor.kit.api.Versions;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.matching.domain.Proposal;
import dk.mentor.matching.domain.Referral;
import dk.mentor.matching.infra.persistence.ProposalRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** The citizen (or the caseworker with them) picks one mentor of the shortlist or of a round. */
@ApplicationScoped
public class ChooseMentor {

    @Inject
    ReferralAccess access;

    @Inject
    ProposalRepository proposals;

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
        proposal.choose(chosenBy, now);
        referral.chose(proposalId, now);
        proposals.flush();
        return referral;
    }
}
