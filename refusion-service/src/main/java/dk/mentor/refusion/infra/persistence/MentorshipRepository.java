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

    /** The mentor kind of the plan's latest mentorship, if any. */
    public Optional<String> latestKindOfPlan(UUID planId) {
        return em.createQuery("select m.mentorKind from MentorshipFact m where m.planId = :plan"
                        + " order by m.startsOn desc, m.mentorshipId", String.class)
                .setParameter("plan", planId).setMaxResults(1).getResultStream().findFirst();
    }
}
