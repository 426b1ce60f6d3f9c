package dk.mentor.refusion.application;

import dk.mentor.contracts.events.refusion.ClaimStatusChanged;
import dk.mentor.kit.outbox.Outbox;
import dk.mentor.refusion.domain.Claim;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Announces a claim's status on refusion.claim.v1, in the transaction of the change. */
@ApplicationScoped
public class ClaimEvents {

    @Inject
    Outbox outbox;

    public void statusChanged(Claim claim) {
        outbox.append(new ClaimStatusChanged(claim.id(), claim.municipality(), claim.periodFrom(), claim.periodTo(),
                claim.regime(), claim.supplementTo(), claim.status().name(), claim.totalExpense(), claim.totalRefund(),
                claim.statusChangedAt().toInstant()));
    }
}
