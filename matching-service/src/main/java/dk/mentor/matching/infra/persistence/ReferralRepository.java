package dk.mentor.matching.infra.persistence;

import dk.mentor.matching.domain.Referral;
import dk.mentor.matching.domain.ReferralStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    private static final Sort STABLE = Sort.by("createdAt").and("id");

    public List<Referral> page(Collection<String> municipalities, ReferralStatus status, int offset, int size) {
        return find(query(status), STABLE, parameters(municipalities, status)).range(offset, offset + size - 1).list();
    }

    public long total(Collection<String> municipalities, ReferralStatus status) {
        return count(query(status), parameters(municipalities, status));
    }

    public List<Referral> inMunicipalities(Collection<String> municipalities, Collection<ReferralStatus> statuses) {
        return find("actingMunicipality in :ms and status in :ss", STABLE,
                Parameters.with("ms", municipalities).and("ss", statuses)).list();
    }

    private static String query(ReferralStatus status) {
        return status == null ? "actingMunicipality in :ms" : "actingMunicipality in :ms and status = :status";
    }

    private static Parameters parameters(Collection<String> municipalities, ReferralStatus status) {
        Parameters p = Parameters.with("ms", municipalities);
        return status == null ? p : p.and("status", status);
    }
}
