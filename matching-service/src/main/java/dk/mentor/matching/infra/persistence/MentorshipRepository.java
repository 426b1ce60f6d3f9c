package dk.mentor.matching.infra.persistence;

import dk.mentor.kit.api.CappedCount;
import dk.mentor.kit.api.CappedCounts;
import dk.mentor.matching.domain.Mentorship;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MentorshipRepository implements PanacheRepositoryBase<Mentorship, UUID> {

    private static final Sort STABLE = Sort.by("startedAt").and("id");
    private static final Sort BY_CHANGE = Sort.by("updatedAt").and("id");

    /** {@code byChange}: ordered by (updatedAt, id), for paging through changes, instead of (startedAt, id). */
    public List<Mentorship> page(String where, Parameters parameters, boolean byChange, int offset, int size) {
        return find(where, byChange ? BY_CHANGE : STABLE, parameters).range(offset, offset + size - 1).list();
    }

    /** The list's total, counted up to {@code limit} (see CappedCounts). */
    public CappedCount total(String where, Parameters parameters, long limit) {
        return CappedCounts.jpql(getEntityManager(), "select id from Mentorship where " + where,
                query -> parameters.map().forEach(query::setParameter), limit);
    }

    /** Active mentorships whose granted period ended before {@code today}, at most {@code limit}, oldest end first. */
    public List<Mentorship> expiredBefore(LocalDate today, int limit) {
        return find("status = ?1 and endsOn < ?2", Sort.by("endsOn").and("id"), Mentorship.ACTIVE, today)
                .range(0, limit - 1).list();
    }

    public List<Mentorship> ofReferral(UUID referralId) {
        return list("referralId", STABLE, referralId);
    }
}
