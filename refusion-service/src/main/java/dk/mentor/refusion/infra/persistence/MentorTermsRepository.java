package dk.mentor.refusion.infra.persistence;

import dk.mentor.refusion.domain.MentorTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MentorTermsRepository {

    @Inject
    EntityManager em;

    public boolean has(UUID mentorId, long profileVersion) {
        return em.createQuery("select count(t) from MentorTerms t where t.mentorId = :mentor"
                        + " and t.profileVersion = :version", Long.class)
                .setParameter("mentor", mentorId).setParameter("version", profileVersion).getSingleResult() > 0;
    }

    public void persist(MentorTerms terms) {
        em.persist(terms);
    }

    /** The mentor's terms, oldest first. */
    public List<MentorTerms> history(UUID mentorId) {
        return em.createQuery("select t from MentorTerms t where t.mentorId = :mentor"
                        + " order by t.effectiveFrom, t.profileVersion", MentorTerms.class)
                .setParameter("mentor", mentorId).getResultList();
    }

    /**
     * Serialises, per mentor, learning terms and recording meetings: the plan and mentor consumers run
     * concurrently, and without it a meeting recorded while its mentor's first terms commit elsewhere
     * would stay PENDING, each transaction missing the other's row. Held until the transaction ends.
     */
    public void lockMentor(UUID mentorId) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, mentorId.getMostSignificantBits() ^ mentorId.getLeastSignificantBits())
                .getSingleResult();
    }
}
