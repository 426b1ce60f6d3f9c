package dk.mentor.catalog.infra.persistence;

import dk.mentor.catalog.domain.OrganisationAgreement;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class OrganisationAgreementRepository implements PanacheRepositoryBase<OrganisationAgreement, UUID> {

    public List<OrganisationAgreement> of(UUID organisationId) {
        return list("organisationId = ?1 order by validFrom, id", organisationId);
    }

    public Set<String> municipalitiesOf(UUID organisationId) {
        return of(organisationId).stream().map(OrganisationAgreement::municipality).collect(Collectors.toSet());
    }
}
