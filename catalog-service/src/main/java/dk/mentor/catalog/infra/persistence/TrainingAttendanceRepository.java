package dk.mentor.catalog.infra.persistence;

import dk.mentor.catalog.domain.TrainingAttendance;
import dk.mentor.kit.api.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TrainingAttendanceRepository implements PanacheRepositoryBase<TrainingAttendance, UUID> {

    public List<TrainingAttendance> ofMentor(UUID mentorId) {
        return list("mentorId = ?1 order by recordedAt, id", mentorId);
    }

    public List<TrainingAttendance> ofSession(UUID sessionId, PageRequest page) {
        return find("sessionId = ?1 order by recordedAt, id", sessionId).page(page.page(), page.size()).list();
    }

    public long countOfSession(UUID sessionId) {
        return count("sessionId", sessionId);
    }

    public boolean attended(UUID sessionId, UUID mentorId) {
        return count("sessionId = ?1 and mentorId = ?2", sessionId, mentorId) > 0;
    }
}
