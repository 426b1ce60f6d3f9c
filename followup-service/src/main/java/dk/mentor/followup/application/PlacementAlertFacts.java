package dk.mentor.followup.application;

import dk.mentor.followup.domain.DueItem;
import dk.mentor.followup.domain.Placement;
import dk.mentor.followup.domain.PlacementAlerts;
import dk.mentor.followup.domain.Plan;
import dk.mentor.followup.infra.persistence.PlacementAgreementRepository;
import dk.mentor.followup.infra.persistence.PlacementEvaluationRepository;
import dk.mentor.followup.infra.persistence.PlacementRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/** Reads what the placement alerts of one plan follow from and works out their due items; runs in the caller's transaction. */
@ApplicationScoped
public class PlacementAlertFacts {

    @Inject
    PlacementRepository placements;
    @Inject
    PlacementAgreementRepository agreements;
    @Inject
    PlacementEvaluationRepository evaluations;

    public List<DueItem> dueItems(Plan plan) {
        List<Placement> active = placements.list("planId = ?1 and status = ?2", plan.id(), Placement.Status.ACTIVE);
        if (active.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = active.stream().map(Placement::id).toList();
        return PlacementAlerts.dueItems(plan, active, agreements.currentOf(ids), evaluations.ofPlacements(ids));
    }
}
