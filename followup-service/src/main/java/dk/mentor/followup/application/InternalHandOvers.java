package dk.mentor.followup.application;

import dk.mentor.followup.domain.InternalHandOver;
import dk.mentor.followup.domain.Placement;
import dk.mentor.followup.infra.persistence.InternalHandOverRepository;
import dk.mentor.followup.infra.persistence.PlacementRepository;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageRequest;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.kit.time.DanishTime;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;

/**
 * The chain of hand-overs inside the municipality, recorded on the plan by its staff and read by
 * everyone on it, oldest first, so whoever holds the course sees the annotations made on the way.
 */
@ApplicationScoped
public class InternalHandOvers {

    @Inject
    PlanAccess access;
    @Inject
    InternalHandOverRepository handOvers;
    @Inject
    PlacementRepository placements;
    @Inject
    Caller caller;
    @Inject
    Clock clock;

    @Transactional
    public InternalHandOver record(UUID planId, UUID placementId, InternalHandOver.Step step, String purpose) {
        access.manage(planId, "hand-over-internally", purpose).plan().requireActive();
        Placement placement = placementId == null ? null : placements.onPlan(planId, placementId)
                .orElseThrow(() -> ProblemException.invalidField("placementId", "no such placement on this plan"));
        InternalHandOver.Step dated = step.handedOn() != null ? step : new InternalHandOver.Step(step.kind(), step.fromRole(),
                step.fromName(), step.toRole(), step.toName(), step.annotation(), step.reason(), DanishTime.today(clock));
        InternalHandOver handOver = InternalHandOver.record(planId, placement, dated, caller.username(), clock.instant());
        handOvers.persist(handOver);
        return handOver;
    }

    @Transactional
    public <T> Page<T> list(UUID planId, PageRequest page, String purpose, Function<InternalHandOver, T> mapper) {
        access.read(planId, purpose);
        return Page.of(handOvers.find("planId", Sort.by("handedOn").and("recordedAt").and("id"), planId), page, mapper);
    }
}
