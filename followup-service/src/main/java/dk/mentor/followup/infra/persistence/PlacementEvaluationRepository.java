package dk.mentor.followup.infra.persistence;

import dk.mentor.followup.domain.PlacementEvaluation;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PlacementEvaluationRepository implements PanacheRepositoryBase<PlacementEvaluation, UUID> {

    public List<PlacementEvaluation> ofPlacements(Collection<UUID> placementIds) {
        if (placementIds.isEmpty()) {
            return List.of();
        }
        return list("placementId in ?1", Sort.by("doneOn").and("id"), placementIds);
    }
}
