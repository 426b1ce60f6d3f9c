package dk.mentor.catalog.infra.persistence;

import dk.mentor.catalog.domain.CoordinationHours;
import dk.mentor.catalog.domain.CoordinatorAssignment;
import dk.mentor.catalog.domain.CoordinatorContact;
import dk.mentor.catalog.domain.CoordinatorNorm;
import dk.mentor.kit.api.PageRequest;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A coordinator's assignments, logged hours and hotline contacts, and the norm rows they are judged by. */
@ApplicationScoped
public class CoordinatorWorkRepository {

    private EntityManager em() {
        return Panache.getEntityManager();
    }

    public void persist(Object entity) {
        em().persist(entity);
    }

    public List<CoordinatorAssignment> assignmentsOf(UUID coordinatorId) {
        return em().createQuery("from CoordinatorAssignment where coordinatorId = ?1 order by validFrom desc, id",
                CoordinatorAssignment.class).setParameter(1, coordinatorId).getResultList();
    }

    public List<CoordinatorAssignment> assignmentsOfMentor(UUID mentorId) {
        return em().createQuery("from CoordinatorAssignment where mentorId = ?1 order by validFrom", CoordinatorAssignment.class)
                .setParameter(1, mentorId).getResultList();
    }

    public List<CoordinationHours> hoursBetween(UUID coordinatorId, LocalDate from, LocalDate to) {
        return em().createQuery("from CoordinationHours where coordinatorId = ?1 and workedOn between ?2 and ?3",
                CoordinationHours.class).setParameter(1, coordinatorId).setParameter(2, from).setParameter(3, to)
                .getResultList();
    }

    public List<CoordinatorContact> contactsOf(UUID coordinatorId, Boolean followUpNeeded, PageRequest page) {
        var query = em().createQuery("from CoordinatorContact where coordinatorId = ?1"
                + (followUpNeeded == null ? "" : " and followUpNeeded = ?2") + " order by occurredAt desc, id",
                CoordinatorContact.class).setParameter(1, coordinatorId);
        if (followUpNeeded != null) {
            query.setParameter(2, followUpNeeded);
        }
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long countContactsOf(UUID coordinatorId, Boolean followUpNeeded) {
        var query = em().createQuery("select count(c) from CoordinatorContact c where c.coordinatorId = ?1"
                + (followUpNeeded == null ? "" : " and c.followUpNeeded = ?2"), Long.class).setParameter(1, coordinatorId);
        if (followUpNeeded != null) {
            query.setParameter(2, followUpNeeded);
        }
        return query.getSingleResult();
    }

    /** Newest first, so the row that started last wins where two are in force. */
    public List<CoordinatorNorm> norms() {
        return em().createQuery("from CoordinatorNorm order by validFrom desc, createdAt desc", CoordinatorNorm.class)
                .getResultList();
    }
}
