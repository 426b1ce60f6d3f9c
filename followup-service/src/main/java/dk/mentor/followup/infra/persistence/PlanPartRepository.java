package dk.mentor.followup.infra.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import java.util.Optional;
import java.util.UUID;

/** Things that belong to one plan are looked up through it, so an id from another plan finds nothing. */
public interface PlanPartRepository<E> extends PanacheRepositoryBase<E, UUID> {

    default Optional<E> onPlan(UUID planId, UUID id) {
        return find("id = ?1 and planId = ?2", id, planId).firstResultOptional();
    }
}
