package dk.mentor.catalog.application;

import dk.mentor.catalog.domain.CoordinationGroup;
import dk.mentor.catalog.domain.Organisation;
import dk.mentor.catalog.domain.ProgrammeEntry;
import dk.mentor.catalog.domain.VolunteerProgramme;
import dk.mentor.catalog.infra.persistence.OrganisationAgreementRepository;
import dk.mentor.catalog.infra.persistence.OrganisationRepository;
import dk.mentor.catalog.infra.persistence.ProgrammeWorkRepository;
import dk.mentor.catalog.infra.persistence.VolunteerProgrammeRepository;
import dk.mentor.contracts.rules.RuleViolation;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.access.MunicipalityAccess;
import dk.mentor.kit.access.ResourceScope;
import dk.mentor.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Who sees what of a volunteer programme. The programme itself (its targets and counted figures) is
 * visible to the corps' home municipality and to every municipality it has an agreement with; an entry,
 * a volunteer or a pseudonymous mentee, and a coordination group belong to one municipality, and only its
 * coordinators see them. Every refusal is a 404 written to the audit log.
 */
@ApplicationScoped
public class ProgrammeAccess {

    static final String PURPOSE = "volunteer programme";

    @Inject
    VolunteerProgrammeRepository programmes;

    @Inject
    OrganisationRepository organisations;

    @Inject
    OrganisationAgreementRepository agreements;

    @Inject
    ProgrammeWorkRepository work;

    @Inject
    MunicipalityAccess access;

    @Inject
    Caller caller;

    public VolunteerProgramme programme(UUID id, String action) {
        VolunteerProgramme programme = programmes.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("volunteer programme", id));
        Organisation corps = corpsOf(programme);
        access.require(ResourceScope.ownedBy("volunteer-programme", id, corps.homeMunicipality())
                .sharedWith(agreements.municipalitiesOf(corps.id())), action, PURPOSE);
        return programme;
    }

    /** The municipalities the programme serves: the corps' home and those it has agreements with. */
    public Set<String> served(VolunteerProgramme programme) {
        Set<String> served = new TreeSet<>(agreements.municipalitiesOf(programme.organisationId()));
        served.add(corpsOf(programme).homeMunicipality());
        return served;
    }

    /** Of the municipalities the programme serves, those the caller acts for. */
    public Set<String> visibleOf(VolunteerProgramme programme) {
        Set<String> visible = new TreeSet<>(served(programme));
        visible.retainAll(caller.municipalities());
        return visible;
    }

    /** @throws RuleViolation on the field when the programme does not serve the municipality */
    public void requireServed(VolunteerProgramme programme, String municipality, String field) {
        if (!served(programme).contains(municipality)) {
            throw RuleViolation.onField("The corps serves only the municipalities it has agreements with", field,
                    "is not served by the programme's corps");
        }
    }

    /** An entry of the programme, locked for a change; 404 (audited) outside the caller's municipalities. */
    public ProgrammeEntry entry(VolunteerProgramme programme, UUID entryId, String action) {
        ProgrammeEntry entry = work.entry(entryId).filter(e -> e.programmeId().equals(programme.id()))
                .orElseThrow(() -> ProblemException.notFound("programme entry", entryId));
        access.require(ResourceScope.ownedBy("programme-entry", entryId, entry.municipality()), action, PURPOSE);
        return entry;
    }

    public CoordinationGroup group(VolunteerProgramme programme, UUID groupId, String action) {
        CoordinationGroup group = work.group(groupId).filter(g -> g.programmeId().equals(programme.id()))
                .orElseThrow(() -> ProblemException.notFound("coordination group", groupId));
        access.require(ResourceScope.ownedBy("coordination-group", groupId, group.municipality()), action, PURPOSE);
        return group;
    }

    private Organisation corpsOf(VolunteerProgramme programme) {
        return organisations.findByIdOptional(programme.organisationId())
                .orElseThrow(() -> new IllegalStateException("programme " + programme.id() + " has no organisation"));
    }
}
