package dk.mentor.refusion.infra.persistence;

import dk.mentor.refusion.domain.MentorshipFact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MentorshipRepository {

    @Inject
    EntityManager em;

    public Optional<MentorshipFact> find(UUID mentorshipId) {
        return mentorshipId == null ? Optional.empty() : Optional.ofNullable(em.find(MentorshipFact.class, mentorshipId));
    }

    public void persist(MentorshipFact mentorship) {
        em.persist(mentorship);
    }
}
