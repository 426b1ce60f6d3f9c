package dk.mentor.matching.infra.persistence;

import dk.mentor.kit.persistence.NativeQueries;
import dk.mentor.matching.domain.MentorCandidate;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MentorCandidateRepository implements PanacheRepositoryBase<MentorCandidate, UUID> {

    private static final String SERVES = "(home_municipality = :m or sharing_scope = 'NATIONAL'"
            + " or (sharing_scope = 'LISTED_MUNICIPALITIES' and :m = any(shared_with)))";

    /** Every mentor who may work in the municipality, whatever their state: ranking tells why the others cannot. */
    @SuppressWarnings("unchecked")
    public List<MentorCandidate> servingMunicipality(String municipality) {
        return NativeQueries.entities(getEntityManager(), "select * from mentor_candidate where " + SERVES
                        + " order by mentor_id", MentorCandidate.class)
                .setParameter("m", municipality).getResultList();
    }

    /** Mentors a round may use for the municipality: active, vetted, with a free seat. */
    @SuppressWarnings("unchecked")
    public List<MentorCandidate> availableFor(String municipality) {
        return NativeQueries.entities(getEntityManager(), "select * from mentor_candidate where " + SERVES
                        + " and status = 'ACTIVE' and vetting_complete and active_mentorships < capacity_citizens"
                        + " order by mentor_id", MentorCandidate.class)
                .setParameter("m", municipality).getResultList();
    }

    /** Takes the row lock, so a second caseworker taking the same mentor waits and then sees the seat gone. */
    public Optional<MentorCandidate> lockForSeat(UUID mentorId) {
        return findByIdOptional(mentorId, LockModeType.PESSIMISTIC_WRITE);
    }
}
