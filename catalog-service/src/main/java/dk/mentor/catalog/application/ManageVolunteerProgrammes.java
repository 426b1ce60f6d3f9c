package dk.mentor.catalog.application;

import dk.mentor.catalog.domain.AgeBand;
import dk.mentor.catalog.domain.FreeText;
import dk.mentor.catalog.domain.Organisation;
import dk.mentor.catalog.domain.ProgrammeEntry;
import dk.mentor.catalog.domain.ProgrammeSide;
import dk.mentor.catalog.domain.RecruitmentChannel;
import dk.mentor.catalog.domain.VolunteerProgramme;
import dk.mentor.catalog.infra.persistence.OrganisationRepository;
import dk.mentor.catalog.infra.persistence.ProgrammeWorkRepository;
import dk.mentor.catalog.infra.persistence.VolunteerProgrammeRepository;
import dk.mentor.contracts.rules.RuleViolation;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.access.MunicipalityAccess;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.kit.time.DanishTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Volunteer programmes of mentor corps and the volunteers and mentees who enter them (seed 004). */
@ApplicationScoped
public class ManageVolunteerProgrammes {

    /** A new programme as the corps states it. */
    public record NewProgramme(UUID organisationId, String name, LocalDate periodFrom, LocalDate periodTo,
                               VolunteerProgramme.Targets targets, int commitmentMonths) {
    }

    /** An inquiry: a volunteer with a name, or a pseudonymous mentee with an age band and perhaps a plan id. */
    public record NewEntry(ProgrammeSide side, String municipality, RecruitmentChannel channel, LocalDate inquiryOn,
                           String displayName, AgeBand ageBand, UUID planId) {
    }

    @Inject
    VolunteerProgrammeRepository programmes;

    @Inject
    OrganisationRepository organisations;

    @Inject
    ProgrammeWorkRepository work;

    @Inject
    ProgrammeAccess programmeAccess;

    @Inject
    MunicipalityAccess access;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public VolunteerProgramme start(NewProgramme p) {
        Organisation corps = organisations.findByIdOptional(p.organisationId())
                .orElseThrow(() -> ProblemException.notFound("organisation", p.organisationId()));
        access.requireActsFor(corps.homeMunicipality(), "volunteer-programme", "create", ProgrammeAccess.PURPOSE);
        FreeText.requireNoCpr(p.name(), "name", "A programme's name");
        VolunteerProgramme programme = VolunteerProgramme.start(corps, p.name(), p.periodFrom(), p.periodTo(), p.targets(),
                p.commitmentMonths(), caller.username(), clock.instant());
        programmes.persist(programme);
        return programme;
    }

    @Transactional
    public VolunteerProgramme byId(UUID id) {
        return programmeAccess.programme(id, "read");
    }

    @Transactional
    public List<VolunteerProgramme> visible() {
        return caller.municipalities().isEmpty() ? List.of() : programmes.visibleTo(caller.municipalities());
    }

    @Transactional
    public ProgrammeEntry register(UUID programmeId, NewEntry e) {
        VolunteerProgramme programme = programmeAccess.programme(programmeId, "register entry");
        programmeAccess.requireServed(programme, e.municipality(), "municipality");
        access.requireActsFor(e.municipality(), "programme-entry", "create", ProgrammeAccess.PURPOSE);
        LocalDate today = DanishTime.today(clock);
        ProgrammeEntry entry;
        if (e.side() == ProgrammeSide.VOLUNTEER) {
            if (e.displayName() == null) {
                throw RuleViolation.onField("A volunteer is registered with the name the corps knows them by", "displayName",
                        "is required for a volunteer");
            }
            if (e.ageBand() != null || e.planId() != null) {
                throw RuleViolation.onField("Age band and plan belong to a mentee", e.ageBand() != null ? "ageBand" : "planId",
                        "must be absent for a volunteer");
            }
            FreeText.requireNoCpr(e.displayName(), "displayName", "A volunteer's name");
            entry = ProgrammeEntry.volunteer(programme.id(), e.municipality(), e.channel(), e.displayName(), e.inquiryOn(),
                    today, caller.username(), clock.instant());
        } else {
            // data minimisation: the mentee is an age band and a channel, never a name
            if (e.displayName() != null) {
                throw RuleViolation.onField("A mentee is registered without a name (data minimisation)", "displayName",
                        "must be absent for a mentee");
            }
            if (e.ageBand() == null) {
                throw RuleViolation.onField("A mentee is registered with an age band", "ageBand", "is required for a mentee");
            }
            entry = ProgrammeEntry.mentee(programme.id(), e.municipality(), e.channel(), e.ageBand(), e.planId(), e.inquiryOn(),
                    today, caller.username(), clock.instant());
        }
        work.persist(entry);
        return entry;
    }

    @Transactional
    public ProgrammeEntry entry(UUID programmeId, UUID entryId) {
        return programmeAccess.entry(programmeAccess.programme(programmeId, "read entry"), entryId, "read");
    }

    /** The caller's municipalities' entries, newest inquiry first; a named municipality narrows and must be the caller's. */
    @Transactional
    public List<ProgrammeEntry> entries(UUID programmeId, ProgrammeSide side, String municipality) {
        VolunteerProgramme programme = programmeAccess.programme(programmeId, "list entries");
        var scope = municipality == null ? programmeAccess.visibleOf(programme)
                : access.searchScope(municipality, "programme-entry", ProgrammeAccess.PURPOSE);
        return scope.isEmpty() ? List.of() : work.entriesOf(programmeId, scope, side);
    }
}
