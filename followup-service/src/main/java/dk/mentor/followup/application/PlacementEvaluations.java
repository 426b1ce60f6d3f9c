package dk.mentor.followup.application;

import dk.mentor.followup.domain.Placement;
import dk.mentor.followup.domain.PlacementEvaluation;
import dk.mentor.followup.infra.persistence.PlacementEvaluationRepository;
import dk.mentor.kit.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A placement's midway evaluation and 3-month follow-up, recorded by the plan's staff. */
@ApplicationScoped
public class PlacementEvaluations {

    @Inject
    PlanAccess access;
    @Inject
    ManagePlacements placements;
    @Inject
    PlacementEvaluationRepository evaluations;
    @Inject
    Caller caller;
    @Inject
    Clock clock;

    public record Answers(PlacementEvaluation.Kind kind, LocalDate doneOn, String attendance, String responsibility,
                          String cooperation, String adjustments, String summary) {
    }

    @Transactional
    public PlacementEvaluation record(UUID planId, UUID placementId, Answers a, String purpose) {
        access.manage(planId, "evaluate-placement", purpose);
        Placement placement = placements.placement(planId, placementId);
        PlacementEvaluation evaluation = PlacementEvaluation.record(placement, a.kind(), a.doneOn(), a.attendance(),
                a.responsibility(), a.cooperation(), a.adjustments(), a.summary(), caller.username(), clock.instant());
        evaluations.persist(evaluation);
        return evaluation;
    }

    @Transactional
    public List<PlacementEvaluation> list(UUID planId, UUID placementId, String purpose) {
        access.read(planId, purpose);
        placements.placement(planId, placementId);
        return evaluations.ofPlacements(List.of(placementId));
    }
}
