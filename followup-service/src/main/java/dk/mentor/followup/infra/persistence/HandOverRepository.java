package dk.mentor.followup.infra.persistence;

import dk.mentor.followup.domain.HandOver;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class HandOverRepository implements PanacheRepositoryBase<HandOver, UUID> {
}
