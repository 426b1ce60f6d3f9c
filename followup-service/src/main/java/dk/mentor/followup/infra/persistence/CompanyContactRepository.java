package dk.mentor.followup.infra.persistence;

import dk.mentor.followup.domain.CompanyContact;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class CompanyContactRepository implements PanacheRepositoryBase<CompanyContact, UUID> {

    public List<CompanyContact> ofCompany(UUID companyId) {
        return list("companyId", Sort.by("createdAt").and("id"), companyId);
    }

    /** The contact persons of these companies, in the order {@link #ofCompany} gives, by company: one query for a page. */
    public Map<UUID, List<CompanyContact>> ofCompanies(Collection<UUID> companyIds) {
        if (companyIds.isEmpty()) {
            return Map.of();
        }
        return list("companyId in ?1", Sort.by("createdAt").and("id"), companyIds).stream()
                .collect(Collectors.groupingBy(CompanyContact::companyId));
    }

    /** A contact person of that company; one of another company finds nothing. */
    public Optional<CompanyContact> atCompany(UUID companyId, UUID id) {
        return find("id = ?1 and companyId = ?2", id, companyId).firstResultOptional();
    }
}
