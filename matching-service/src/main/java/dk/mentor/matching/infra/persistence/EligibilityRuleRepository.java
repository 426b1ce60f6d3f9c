package dk.mentor.matching.infra.persistence;

import dk.mentor.matching.domain.EligibilityRule;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class EligibilityRuleRepository implements PanacheRepositoryBase<EligibilityRule, UUID> {

    public List<EligibilityRule> ofBasis(String legalBasis) {
        return list("legalBasis", legalBasis);
    }

    /** By legal basis, first day, code and id; {@code legalBasis} and {@code on} narrow it when given. */
    public PanacheQuery<EligibilityRule> search(String legalBasis, LocalDate on) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (legalBasis != null) {
            where.append(" and legalBasis = :basis");
            params.put("basis", legalBasis);
        }
        if (on != null) {
            where.append(" and validFrom <= :on and (validTo is null or validTo >= :on)");
            params.put("on", on);
        }
        return find(where.toString(), Sort.by("legalBasis").and("validFrom").and("code").and("id"), params);
    }
}
