package dk.mentor.catalog.infra.persistence;

import dk.mentor.catalog.domain.Organisation;
import dk.mentor.kit.api.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

    private static final String VISIBLE = "homeMunicipality in ?1 or id in (select a.organisationId from OrganisationAgreement a"
            + " where a.municipality in ?1)";

    /** Organisations the municipalities own or have an agreement with, by name then id. */
    public List<Organisation> visibleTo(Collection<String> municipalities, PageRequest page) {
        return find(VISIBLE + " order by name, id", municipalities).page(page.page(), page.size()).list();
    }

    public long countVisibleTo(Collection<String> municipalities) {
        return count(VISIBLE, municipalities);
    }
}
