package dk.mentor.catalog.infra.persistence;

import dk.mentor.catalog.domain.Mentor;
import dk.mentor.kit.api.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MentorRepository implements PanacheRepositoryBase<Mentor, UUID> {

    /** Stable order: by name, then id, so paging never skips or repeats a mentor. */
    public List<Mentor> ofMunicipalities(Collection<String> municipalities, PageRequest page) {
        return find("homeMunicipality in ?1", Sort.by("displayName").and("id"), municipalities)
                .page(page.page(), page.size()).list();
    }

    public long countOfMunicipalities(Collection<String> municipalities) {
        return count("homeMunicipality in ?1", municipalities);
    }
}
