package dk.mentor.refusion.application;

import dk.mentor.contracts.rules.RuleViolation;
import dk.mentor.kit.access.MunicipalityAccess;
import dk.mentor.kit.access.ResourceScope;
import dk.mentor.kit.api.Versions;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.refusion.domain.Claim;
import dk.mentor.refusion.domain.ClaimStatus;
import dk.mentor.refusion.domain.ExpenseLine;
import dk.mentor.refusion.infra.persistence.ClaimRepository;
import dk.mentor.refusion.infra.persistence.LedgerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Moves a claim through its lifecycle, or deletes a draft. A rejected or deleted claim lets go of its
 * lines, so they can be claimed again; every move is announced as ClaimStatusChanged.
 */
@ApplicationScoped
public class MoveClaim {

    @Inject
    ClaimRepository claims;

    @Inject
    LedgerRepository ledger;

    @Inject
    MunicipalityAccess access;

    @Inject
    ClaimEvents events;

    @Inject
    Clock clock;

    @Transactional
    public Claim move(UUID id, String ifMatch, ClaimStatus target, String reason) {
        Claim claim = load(id, "change-status");
        Versions.requireMatch(ifMatch, claim.version(), "refusion claim", id);
        claim.moveTo(target, reason, OffsetDateTime.now(clock));
        if (target == ClaimStatus.REJECTED) {
            ledger.ofClaim(id).forEach(ExpenseLine::releaseFromClaim);
        }
        events.statusChanged(claim);
        return claim;
    }

    @Transactional
    public void deleteDraft(UUID id, String ifMatch) {
        Claim claim = load(id, "delete");
        Versions.requireMatch(ifMatch, claim.version(), "refusion claim", id);
        if (!claim.isDraft()) {
            throw new RuleViolation("Only a draft can be deleted; this claim is " + claim.status());
        }
        ledger.ofClaim(id).forEach(ExpenseLine::releaseFromClaim);
        claims.delete(claim);
    }

    private Claim load(UUID id, String action) {
        Claim claim = claims.find(id).orElseThrow(() -> ProblemException.notFound("refusion claim", id));
        access.require(ResourceScope.ownedBy("refusion-claim", id, claim.municipality()), action, "refusion");
        return claim;
    }
}
