package dk.mentor.catalog.infra.persistence;

import dk.mentor.catalog.domain.CoordinationGroup;
import dk.mentor.catalog.domain.GroupMeeting;
import dk.mentor.catalog.domain.ProgrammeEntry;
import dk.mentor.catalog.domain.ProgrammeMatch;
import dk.mentor.catalog.domain.ProgrammeSide;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A programme's entries, matches, coordination groups and their meetings. */
@ApplicationScoped
public class ProgrammeWorkRepository {

    private EntityManager em() {
        return Panache.getEntityManager();
    }

    public void persist(Object entity) {
        em().persist(entity);
    }

    public void flush() {
        em().flush();
    }

    public Optional<ProgrammeEntry> entry(UUID id) {
        return Optional.ofNullable(em().find(ProgrammeEntry.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** All entries of the programme; the figures are counted in memory (a corps has hundreds, not millions). */
    public List<ProgrammeEntry> entriesOf(UUID programmeId) {
        return em().createQuery("from ProgrammeEntry where programmeId = ?1 order by inquiryOn, id", ProgrammeEntry.class)
                .setParameter(1, programmeId).getResultList();
    }

    public List<ProgrammeEntry> entriesOf(UUID programmeId, Collection<String> municipalities, ProgrammeSide side) {
        var query = em().createQuery("from ProgrammeEntry where programmeId = ?1 and municipality in ?2"
                        + (side == null ? "" : " and side = ?3") + " order by inquiryOn desc, id", ProgrammeEntry.class)
                .setParameter(1, programmeId).setParameter(2, municipalities);
        if (side != null) {
            query.setParameter(3, side);
        }
        return query.getResultList();
    }

    /** The volunteers of the mentor in any programme, locked: a started mentorship matches them. */
    public List<ProgrammeEntry> volunteersOfMentor(UUID mentorId) {
        return em().createQuery("from ProgrammeEntry where mentorId = ?1 order by inquiryOn, id", ProgrammeEntry.class)
                .setParameter(1, mentorId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    public boolean mentorInProgramme(UUID programmeId, UUID mentorId) {
        return em().createQuery("select count(e) from ProgrammeEntry e where e.programmeId = ?1 and e.mentorId = ?2", Long.class)
                .setParameter(1, programmeId).setParameter(2, mentorId).getSingleResult() > 0;
    }

    public Optional<ProgrammeEntry> menteeOfPlan(UUID programmeId, UUID planId) {
        return em().createQuery("from ProgrammeEntry where programmeId = ?1 and planId = ?2 and side = ?3 order by inquiryOn desc",
                        ProgrammeEntry.class).setParameter(1, programmeId).setParameter(2, planId)
                .setParameter(3, ProgrammeSide.MENTEE).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public List<ProgrammeEntry> commitmentsEnding(UUID programmeId, Collection<String> municipalities, LocalDate from,
                                                  LocalDate to) {
        return em().createQuery("from ProgrammeEntry where programmeId = ?1 and municipality in ?2 and droppedOn is null"
                        + " and commitmentTo between ?3 and ?4 order by commitmentTo, id", ProgrammeEntry.class)
                .setParameter(1, programmeId).setParameter(2, municipalities).setParameter(3, from).setParameter(4, to)
                .getResultList();
    }

    public List<ProgrammeMatch> matchesOf(UUID programmeId) {
        return em().createQuery("from ProgrammeMatch where programmeId = ?1 order by matchedOn, id", ProgrammeMatch.class)
                .setParameter(1, programmeId).getResultList();
    }

    public boolean mentorshipMatched(UUID mentorshipId) {
        return em().createQuery("select count(m) from ProgrammeMatch m where m.mentorshipId = ?1", Long.class)
                .setParameter(1, mentorshipId).getSingleResult() > 0;
    }

    public Optional<CoordinationGroup> group(UUID id) {
        return Optional.ofNullable(em().find(CoordinationGroup.class, id));
    }

    public List<CoordinationGroup> groupsOf(UUID programmeId, Collection<String> municipalities) {
        return em().createQuery("from CoordinationGroup where programmeId = ?1 and municipality in ?2 order by name, id",
                CoordinationGroup.class).setParameter(1, programmeId).setParameter(2, municipalities).getResultList();
    }

    public List<ProgrammeEntry> membersOf(UUID groupId) {
        return em().createQuery("from ProgrammeEntry where groupId = ?1 order by displayName, id", ProgrammeEntry.class)
                .setParameter(1, groupId).getResultList();
    }

    public List<GroupMeeting> meetingsOf(UUID groupId) {
        return em().createQuery("from GroupMeeting where groupId = ?1 order by heldOn desc, id", GroupMeeting.class)
                .setParameter(1, groupId).getResultList();
    }
}
