package dk.mentor.followup.infra.persistence;

import dk.mentor.followup.domain.Company;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CompanyRepository implements PanacheRepositoryBase<Company, UUID> {

    public Optional<Company> byCvr(String cvr) {
        return find("cvr", cvr).firstResultOptional();
    }
}
