package dk.mentor.followup.application;

import dk.mentor.followup.domain.Placement;
import dk.mentor.followup.domain.PlacementAgreement;
import dk.mentor.followup.domain.PlacementTerms;
import dk.mentor.followup.infra.persistence.PlacementAgreementRepository;
import dk.mentor.followup.infra.persistence.PlacementRepository;
import dk.mentor.kit.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The written placement agreement: made and changed (a new version each time) by the plan's staff, read by everyone on the plan. */
@ApplicationScoped
public class PlacementAgreements {

    @Inject
    PlanAccess access;
    @Inject
    ManagePlacements placements;
    @Inject
    PlacementAgreementRepository agreements;
    @Inject
    PlacementRepository placementRows;
    @Inject
    Caller caller;
    @Inject
    Clock clock;

    @Transactional
    public PlacementAgreement make(UUID planId, UUID placementId, PlacementTerms terms, String purpose) {
        access.manage(planId, "make-placement-agreement", purpose);
        Placement placement = placements.placement(planId, placementId);
        // the lock on the placement row orders two concurrent versions of its agreement
        placementRows.getEntityManager().lock(placement, LockModeType.PESSIMISTIC_WRITE);
        PlacementAgreement agreement = PlacementAgreement.make(placement, terms, agreements.current(placementId).orElse(null),
                caller.username(), clock.instant());
        agreements.persist(agreement);
        return agreement;
    }

    @Transactional
    public List<PlacementAgreement> versions(UUID planId, UUID placementId, String purpose) {
        access.read(planId, purpose);
        placements.placement(planId, placementId);
        return agreements.versions(placementId);
    }
}
