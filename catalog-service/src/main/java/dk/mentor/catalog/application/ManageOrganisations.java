package dk.mentor.catalog.application;

import dk.mentor.catalog.domain.Organisation;
import dk.mentor.catalog.domain.OrganisationAgreement;
import dk.mentor.catalog.infra.persistence.OrganisationAgreementRepository;
import dk.mentor.catalog.infra.persistence.OrganisationRepository;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.access.MunicipalityAccess;
import dk.mentor.kit.access.ResourceScope;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageRequest;
import dk.mentor.kit.audit.AuditLog;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.kit.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Mentor organisations and their agreements with the municipalities they serve. The registering
 * municipality owns the organisation; municipalities with an agreement may read it.
 */
@ApplicationScoped
public class ManageOrganisations {

    private static final String PURPOSE = "mentor organisations";

    @Inject
    OrganisationRepository organisations;

    @Inject
    OrganisationAgreementRepository agreements;

    @Inject
    MunicipalityAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public record NewOrganisation(String name, Organisation.Kind kind, String cvr, String homeMunicipality,
                                  String contactEmail, String contactPhone) {
    }

    @Transactional
    public Organisation register(NewOrganisation o) {
        access.requireActsFor(o.homeMunicipality(), "municipality", "register organisation", PURPOSE);
        Organisation organisation = Organisation.register(o.name(), o.kind(), o.cvr(), o.homeMunicipality(),
                o.contactEmail(), o.contactPhone(), clock.instant());
        organisations.persist(organisation);
        audit.allowed("register", scope(organisation), o.homeMunicipality(), PURPOSE);
        return organisation;
    }

    @Transactional
    public Organisation byId(UUID id) {
        Organisation organisation = load(id);
        access.require(scope(organisation), "read", PURPOSE);
        return organisation;
    }

    @Transactional
    public <T> Page<T> visible(PageRequest page, Function<Organisation, T> mapper) {
        if (caller.municipalities().isEmpty()) {
            return Page.of(List.<Organisation>of(), page, 0, mapper);
        }
        return Page.of(organisations.visibleTo(caller.municipalities(), page), page,
                organisations.countVisibleTo(caller.municipalities()), mapper);
    }

    @Transactional
    public OrganisationAgreement addAgreement(UUID organisationId, String municipality, LocalDate validFrom,
                                              LocalDate validTo, String description) {
        Organisation organisation = load(organisationId);
        access.require(scope(organisation), "add agreement", PURPOSE);
        if (!caller.actsFor(organisation.homeMunicipality())) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Only the owning municipality " + organisation.homeMunicipality() + " records agreements");
        }
        OrganisationAgreement agreement = OrganisationAgreement.make(organisationId, municipality, validFrom, validTo,
                description, clock.instant());
        agreements.persist(agreement);
        return agreement;
    }

    @Transactional
    public List<OrganisationAgreement> agreementsOf(UUID organisationId) {
        byId(organisationId);
        return agreements.of(organisationId);
    }

    private Organisation load(UUID id) {
        return organisations.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("organisation", id));
    }

    private ResourceScope scope(Organisation organisation) {
        return ResourceScope.ownedBy("organisation", organisation.id(), organisation.homeMunicipality())
                .sharedWith(agreements.municipalitiesOf(organisation.id()));
    }
}
