package dk.mentor.matching.infra.persistence;

import dk.mentor.kit.api.CappedCount;
import dk.mentor.kit.api.CappedCounts;
import dk.mentor.matching.domain.Referral;
import dk.mentor.matching.domain.ReferralStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    private static final Sort STABLE = Sort.by("createdAt").and("id");
    private static final Sort BY_CHANGE = Sort.by("updatedAt").and("id");

    public List<Referral> page(Collection<String> municipalities, ReferralStatus status, Instant updatedSince,
                               int offset, int size) {
        return find(query(status, updatedSince), updatedSince == null ? STABLE : BY_CHANGE,
                parameters(municipalities, status, updatedSince)).range(offset, offset + size - 1).list();
    }

    /** The list's total, counted up to {@code limit} (see CappedCounts). */
    public CappedCount total(Collection<String> municipalities, ReferralStatus status, Instant updatedSince, long limit) {
        Parameters parameters = parameters(municipalities, status, updatedSince);
        return CappedCounts.jpql(getEntityManager(), "select id from Referral where " + query(status, updatedSince),
                query -> parameters.map().forEach(query::setParameter), limit);
    }

    public List<Referral> inMunicipalities(Collection<String> municipalities, Collection<ReferralStatus> statuses) {
        return find("actingMunicipality in :ms and status in :ss", STABLE,
                Parameters.with("ms", municipalities).and("ss", statuses)).list();
    }

    private static String query(ReferralStatus status, Instant updatedSince) {
        return "actingMunicipality in :ms" + (status == null ? "" : " and status = :status")
                + (updatedSince == null ? "" : " and updatedAt >= :since");
    }

    private static Parameters parameters(Collection<String> municipalities, ReferralStatus status, Instant updatedSince) {
        Parameters p = Parameters.with("ms", municipalities);
        p = status == null ? p : p.and("status", status);
        return updatedSince == null ? p : p.and("since", updatedSince);
    }
}
