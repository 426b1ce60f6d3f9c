package dk.mentor.catalog.infra.persistence;

import dk.mentor.catalog.domain.TrainingSession;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TrainingSessionRepository implements PanacheRepositoryBase<TrainingSession, UUID> {

    public List<TrainingSession> ofCourse(UUID courseId) {
        return list("courseId = ?1 order by heldOn, id", courseId);
    }
}
