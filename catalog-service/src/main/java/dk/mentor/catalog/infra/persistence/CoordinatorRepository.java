package dk.mentor.catalog.infra.persistence;

import dk.mentor.catalog.domain.Coordinator;
import dk.mentor.kit.api.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CoordinatorRepository implements PanacheRepositoryBase<Coordinator, UUID> {

    public List<Coordinator> of(Collection<String> municipalities, PageRequest page) {
        return find("municipality in ?1 order by displayName, id", municipalities).page(page.page(), page.size()).list();
    }

    public long countOf(Collection<String> municipalities) {
        return count("municipality in ?1", municipalities);
    }

    public boolean usernameTaken(String municipality, String username) {
        return count("municipality = ?1 and username = ?2", municipality, username) > 0;
    }
}
