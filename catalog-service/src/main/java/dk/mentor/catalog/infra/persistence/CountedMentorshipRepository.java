package dk.mentor.catalog.infra.persistence;

import dk.mentor.catalog.domain.CountedMentorship;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class CountedMentorshipRepository implements PanacheRepositoryBase<CountedMentorship, UUID> {
}
