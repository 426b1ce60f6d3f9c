package dk.mentor.matching.infra.persistence;

import dk.mentor.matching.domain.MentorshipRenewal;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MentorshipRenewalRepository implements PanacheRepositoryBase<MentorshipRenewal, UUID> {

    public List<MentorshipRenewal> ofMentorship(UUID mentorshipId) {
        return list("mentorshipId", Sort.by("renewedAt").and("id"), mentorshipId);
    }
}
