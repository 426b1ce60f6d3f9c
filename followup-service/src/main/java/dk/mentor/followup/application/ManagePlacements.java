package dk.mentor.followup.application;

import dk.mentor.contracts.codes.PlacementKind;
import dk.mentor.contracts.codes.PlacementOutcome;
import dk.mentor.contracts.events.followup.PlacementEnded;
import dk.mentor.contracts.events.followup.PlacementStarted;
import dk.mentor.followup.domain.Company;
import dk.mentor.followup.domain.Participant;
import dk.mentor.followup.domain.Placement;
import dk.mentor.followup.domain.PlacementAgreement;
import dk.mentor.followup.domain.Plan;
import dk.mentor.followup.infra.persistence.CompanyRepository;
import dk.mentor.followup.infra.persistence.PlacementAgreementRepository;
import dk.mentor.followup.infra.persistence.PlacementRepository;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.outbox.Outbox;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.kit.time.DanishTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A placement's life on the plan: planned by the plan's caseworkers or consultants, started once its
 * agreement is made, ended with an outcome. The start and the end are announced on the plan's topic, so
 * refusion and case systems reading the feed know a placement runs (without any person named).
 */
@ApplicationScoped
public class ManagePlacements {

    @Inject
    PlanAccess access;
    @Inject
    PlacementRepository placements;
    @Inject
    PlacementAgreementRepository agreements;
    @Inject
    CompanyRepository companies;
    @Inject
    Companies companyBook;
    @Inject
    ManageParticipants participants;
    @Inject
    Outbox outbox;
    @Inject
    Caller caller;
    @Inject
    Clock clock;

    public record Command(PlacementKind kind, UUID companyId, UUID contactId, UUID companyMentorParticipantId,
                          LocalDate plannedFrom, LocalDate plannedTo) {
    }

    @Transactional
    public Placement plan(UUID planId, Command c, String purpose) {
        Plan plan = access.manage(planId, "plan-placement", purpose).plan();
        plan.requireActive();
        Company company = companies.findByIdOptional(c.companyId())
                .orElseThrow(() -> ProblemException.invalidField("companyId", "no such company"));
        Participant mentor = c.companyMentorParticipantId() == null ? null
                : participants.named(planId, c.companyMentorParticipantId());
        Placement placement = Placement.plan(plan, company, companyBook.contact(company.id(), c.contactId()), mentor,
                c.kind(), c.plannedFrom(), c.plannedTo(), caller.username(), clock.instant());
        placements.persist(placement);
        return placement;
    }

    @Transactional
    public Placement start(UUID planId, UUID placementId, LocalDate on, String purpose) {
        Plan plan = access.manage(planId, "start-placement", purpose).plan();
        plan.requireActive();
        Placement placement = placement(planId, placementId);
        PlacementAgreement agreement = agreements.current(placementId).orElse(null);
        LocalDate day = on != null ? on : DanishTime.today(clock);
        placement.start(day, agreement);
        Company company = companies.findById(placement.companyId());
        outbox.append(new PlacementStarted(planId, placementId, plan.ownerMunicipality(), company.id(), company.cvr(),
                placement.kind().name(), day, agreement.periodTo(), agreement.hoursPerWeek(), companyMentorId(planId, placement),
                clock.instant()));
        placements.flush();
        return placement;
    }

    @Transactional
    public Placement end(UUID planId, UUID placementId, LocalDate on, PlacementOutcome outcome, String summary,
                         String purpose) {
        Plan plan = access.manage(planId, "end-placement", purpose).plan();
        Placement placement = placement(planId, placementId);
        placement.end(on != null ? on : DanishTime.today(clock), outcome, summary);
        Company company = companies.findById(placement.companyId());
        outbox.append(new PlacementEnded(planId, placementId, plan.ownerMunicipality(), company.id(), company.cvr(),
                placement.kind().name(), placement.status().name(), outcome.name(), placement.startedOn(),
                placement.endedOn(), clock.instant()));
        placements.flush();
        return placement;
    }

    /** A placement of the plan; the caller's right to the plan is checked before. */
    Placement placement(UUID planId, UUID placementId) {
        return placements.onPlan(planId, placementId).orElseThrow(() -> ProblemException.notFound("placement", placementId));
    }

    private UUID companyMentorId(UUID planId, Placement placement) {
        return placement.companyMentorParticipantId() == null ? null
                : participants.named(planId, placement.companyMentorParticipantId()).mentorId();
    }
}
