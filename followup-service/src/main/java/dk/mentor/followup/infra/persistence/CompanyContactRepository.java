package dk.mentor.followup.infra.persistence;

import dk.mentor.followup.domain.CompanyContact;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CompanyContactRepository implements PanacheRepositoryBase<CompanyContact, UUID> {

    public List<CompanyContact> ofCompany(UUID companyId) {
        return list("companyId", Sort.by("createdAt").and("id"), companyId);
    }

    /** A contact person of that company; one of another company finds nothing. */
    public Optional<CompanyContact> atCompany(UUID companyId, UUID id) {
        return find("id = ?1 and companyId = ?2", id, companyId).firstResultOptional();
    }
}
