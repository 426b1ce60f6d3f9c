package dk.mentor.catalog.infra.persistence;

import dk.mentor.catalog.domain.TrainingCourse;
import dk.mentor.kit.api.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TrainingCourseRepository implements PanacheRepositoryBase<TrainingCourse, UUID> {

    public List<TrainingCourse> organisedBy(Collection<String> municipalities, PageRequest page) {
        return find("organiserMunicipality in ?1 order by title, id", municipalities).page(page.page(), page.size()).list();
    }

    public long countOrganisedBy(Collection<String> municipalities) {
        return count("organiserMunicipality in ?1", municipalities);
    }
}
