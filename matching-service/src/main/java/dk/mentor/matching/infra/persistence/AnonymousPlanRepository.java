package dk.mentor.matching.infra.persistence;

import dk.mentor.matching.domain.AnonymousPlan;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class AnonymousPlanRepository implements PanacheRepositoryBase<AnonymousPlan, UUID> {

    public boolean isAnonymous(UUID planId) {
        return findByIdOptional(planId).isPresent();
    }
}
