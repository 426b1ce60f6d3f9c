package dk.mentor.followup.infra.persistence;

import dk.mentor.followup.domain.Citizen;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class CitizenRepository implements PanacheRepositoryBase<Citizen, UUID> {
}
