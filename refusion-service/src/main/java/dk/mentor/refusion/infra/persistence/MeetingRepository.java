package dk.mentor.refusion.infra.persistence;

import dk.mentor.kit.api.CappedCount;
import dk.mentor.kit.api.CappedCounts;
import dk.mentor.refusion.domain.Meeting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MeetingRepository {

    @Inject
    EntityManager em;

    public Optional<Meeting> find(UUID meetingId) {
        return Optional.ofNullable(em.find(Meeting.class, meetingId));
    }

    public void persist(Meeting meeting) {
        em.persist(meeting);
    }

    /** A mentor's meetings a change of terms from that day may touch: those waiting, and those from that day on. */
    public List<Meeting> ofMentorToReprice(UUID mentorId, LocalDate from) {
        return em.createQuery("select m from Meeting m where m.mentorId = :mentor"
                        + " and (m.status = :pending or m.meetingDate >= :from) order by m.meetingDate, m.meetingId", Meeting.class)
                .setParameter("mentor", mentorId).setParameter("pending", Meeting.Status.PENDING)
                .setParameter("from", from).getResultList();
    }

    /** Every meeting logged under a mentorship, e.g. to price them once its agreed terms arrive. */
    public List<Meeting> ofMentorship(UUID mentorshipId) {
        return em.createQuery("select m from Meeting m where m.mentorshipId = :mentorship"
                        + " order by m.meetingDate, m.meetingId", Meeting.class)
                .setParameter("mentorship", mentorshipId).getResultList();
    }

    /** A mentorship's meetings new agreed terms from that day may touch: those waiting, and those from that day on. */
    public List<Meeting> ofMentorshipToReprice(UUID mentorshipId, LocalDate from) {
        return em.createQuery("select m from Meeting m where m.mentorshipId = :mentorship"
                        + " and (m.status = :pending or m.meetingDate >= :from) order by m.meetingDate, m.meetingId", Meeting.class)
                .setParameter("mentorship", mentorshipId).setParameter("pending", Meeting.Status.PENDING)
                .setParameter("from", from).getResultList();
    }

    public List<Meeting> ofPlanFrom(UUID planId, LocalDate from) {
        return em.createQuery("select m from Meeting m where m.planId = :plan and m.meetingDate >= :from"
                        + " order by m.meetingDate, m.meetingId", Meeting.class)
                .setParameter("plan", planId).setParameter("from", from).getResultList();
    }

    public List<Meeting> pendingOf(String municipality, int offset, int size) {
        return em.createQuery("select m from Meeting m where m.actingMunicipality = :m and m.status <> :priced"
                        + " order by m.meetingDate, m.meetingId", Meeting.class)
                .setParameter("m", municipality).setParameter("priced", Meeting.Status.PRICED)
                .setFirstResult(offset).setMaxResults(size).getResultList();
    }

    /** The meetings waiting or unpriceable, counted up to {@code limit} (see {@link CappedCount}). */
    public CappedCount countPendingOf(String municipality, long limit) {
        return CappedCounts.jpql(em, "select m.meetingId from Meeting m where m.actingMunicipality = :m and m.status <> :priced",
                query -> query.setParameter("m", municipality).setParameter("priced", Meeting.Status.PRICED), limit);
    }
}
