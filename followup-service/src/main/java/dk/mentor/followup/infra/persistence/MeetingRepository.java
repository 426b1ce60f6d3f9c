package dk.mentor.followup.infra.persistence;

import dk.mentor.followup.domain.Meeting;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<Meeting, UUID> {

    public Optional<Meeting> current(UUID planId, UUID meetingId) {
        return find("planId = ?1 and meetingId = ?2 and current = true", planId, meetingId).firstResultOptional();
    }

    public List<Meeting> versions(UUID planId, UUID meetingId) {
        return list("planId = ?1 and meetingId = ?2", Sort.by("version"), planId, meetingId);
    }

    public List<Meeting> currentOfPlan(UUID planId) {
        return list("planId = ?1 and current = true", Sort.by("meetingDate").and("meetingId"), planId);
    }
}
