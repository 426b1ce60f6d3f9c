package dk.mentor.catalog.infra.persistence;

import dk.mentor.catalog.domain.VolunteerProgramme;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class VolunteerProgrammeRepository implements PanacheRepositoryBase<VolunteerProgramme, UUID> {

    /** Programmes of the corps the municipalities own or have an agreement with, newest period first. */
    public List<VolunteerProgramme> visibleTo(Collection<String> municipalities) {
        return list("organisationId in (select o.id from Organisation o where o.homeMunicipality in ?1)"
                + " or organisationId in (select a.organisationId from OrganisationAgreement a where a.municipality in ?1)"
                + " order by periodFrom desc, name, id", municipalities);
    }
}
