package dk.mentor.followup.infra.persistence;

import dk.mentor.followup.domain.PlacementAgreement;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class PlacementAgreementRepository implements PanacheRepositoryBase<PlacementAgreement, UUID> {

    /** The latest version of the placement's agreement, if one was made. */
    public Optional<PlacementAgreement> current(UUID placementId) {
        return find("placementId", Sort.descending("version"), placementId).firstResultOptional();
    }

    public List<PlacementAgreement> versions(UUID placementId) {
        return list("placementId", Sort.by("version"), placementId);
    }

    /** The latest version of each placement's agreement, by placement id. */
    public Map<UUID, PlacementAgreement> currentOf(Collection<UUID> placementIds) {
        if (placementIds.isEmpty()) {
            return Map.of();
        }
        return list("placementId in ?1", Sort.by("version"), placementIds).stream()
                .collect(Collectors.toMap(PlacementAgreement::placementId, Function.identity(), (older, newer) -> newer));
    }
}
