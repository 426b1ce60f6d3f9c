package dk.mentor.refusion.infra.persistence;

import dk.mentor.refusion.domain.MentorshipTerm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MentorshipTermRepository {

    @Inject
    EntityManager em;

    public void persist(MentorshipTerm term) {
        em.persist(term);
    }

    /** The mentorship's grants, oldest first; empty while matching has not announced it. */
    public List<MentorshipTerm> grants(UUID mentorshipId) {
        return em.createQuery("select t from MentorshipTerm t where t.mentorshipId = :id order by t.validFrom",
                MentorshipTerm.class).setParameter("id", mentorshipId).getResultList();
    }
}
