package dk.mentor.followup.application;

import dk.mentor.contracts.codes.LegalBasisCodes;
import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.contracts.codes.LegalLine;
import dk.mentor.contracts.codes.ParticipantRole;
import dk.mentor.contracts.events.followup.PlanOpened;
import dk.mentor.followup.domain.Citizen;
import dk.mentor.followup.domain.LinkedPlan;
import dk.mentor.followup.domain.Participant;
import dk.mentor.followup.domain.Plan;
import dk.mentor.followup.infra.persistence.CitizenRepository;
import dk.mentor.followup.infra.persistence.ParticipantRepository;
import dk.mentor.followup.infra.persistence.PlanRepository;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.access.Roles;
import dk.mentor.kit.codes.CodeList;
import dk.mentor.kit.codes.CodeLists;
import dk.mentor.kit.outbox.Outbox;
import dk.mentor.kit.problem.ExternalReferenceTaken;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.kit.reference.ExternalReference;
import dk.mentor.kit.time.DanishTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Opens the citizen's one plan in the acting municipality, with the caller as coordinating
 * caseworker (also its first participant), and announces it under the citizen's pseudonymous id.
 */
@ApplicationScoped
public class OpenPlan {

    @Inject
    CitizenRepository citizens;
    @Inject
    PlanRepository plans;
    @Inject
    ParticipantRepository participants;
    @Inject
    CitizenAccess citizenAccess;
    @Inject
    PlanAccess planAccess;
    @Inject
    Caller caller;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    CodeLists codeLists;
    @Inject
    PlanChanges changes;

    public record Command(UUID citizenId, String longTermGoal, List<String> targetGroups,
                          List<LinkedPlan> linkedPlans, LocalDate openedOn, LegalBasisTerms caseworkerBasis,
                          ExternalReference externalReference) {
    }

    @Transactional
    public Plan open(Command command, String purpose) {
        LocalDate openedOn = command.openedOn() != null ? command.openedOn() : DanishTime.today(clock);
        codeLists.requireAllInForce(CodeList.TARGET_GROUP, command.targetGroups(), openedOn, "targetGroups");
        Citizen citizen = citizens.findByIdOptional(command.citizenId())
                .orElseThrow(() -> ProblemException.invalidField("citizenId", "no such citizen in your municipalities"));
        try {
            citizenAccess.require(citizen, "open-plan", purpose);
        } catch (ProblemException denied) {
            throw ProblemException.invalidField("citizenId", "no such citizen in your municipalities");
        }
        ExternalReference reference = command.externalReference();
        if (reference != null) {
            reference.requireNoCpr("externalReference");
            plans.find("ownerMunicipality = ?1 and externalSystem = ?2 and externalId = ?3",
                    citizen.actingMunicipality(), reference.system(), reference.id()).firstResultOptional()
                    .ifPresent(existing -> {
                        throw new ExternalReferenceTaken("plan", existing.id(), "/api/v1/plans/" + existing.id());
                    });
        }
        if (plans.count("citizenId = ?1 and status = ?2", citizen.id(), Plan.Status.ACTIVE) > 0) {
            throw ProblemException.conflict("The citizen already has an active plan; a citizen has one plan at a time");
        }
        LegalBasisTerms basis = command.caseworkerBasis() != null ? command.caseworkerBasis() : defaultBasis(citizen);
        citizen.requireServableUnder(basis, "caseworkerBasis");
        Plan plan = Plan.open(citizen.id(), citizen.actingMunicipality(), caller.username(), lineOf(basis),
                command.longTermGoal(), command.targetGroups().stream().distinct().toList(),
                command.linkedPlans(), openedOn, clock.instant());
        if (reference != null) {
            plan.referTo(reference.system(), reference.id());
        }
        plans.persist(plan);
        participants.persist(Participant.join(plan.id(), caller.username(), caller.username(), null,
                ParticipantRole.CASEWORKER, basis, null, openedOn, clock.instant()));
        changes.changed(plan.id());
        outbox.append(new PlanOpened(plan.id(), citizen.id(), plan.ownerMunicipality(), plan.targetGroups(),
                plan.openedOn(), plan.openedAt(), citizen.anonymous()));
        return plan;
    }

    /** An anonymous citizen is served under SEL § 99; otherwise the caller's own line decides. */
    private LegalBasisTerms defaultBasis(Citizen citizen) {
        if (citizen.anonymous()) {
            return codeLists.legalBasis(LegalBasisCodes.SEL_99);
        }
        return codeLists.legalBasis(caller.hasRole(Roles.CASEWORKER) || caller.hasRole(Roles.COORDINATOR)
                ? LegalBasisCodes.LAB_40_3 : LegalBasisCodes.SEL_85);
    }

    private LegalLine lineOf(LegalBasisTerms basis) {
        if (!planAccess.staffLines().contains(basis.line())) {
            throw ProblemException.invalidField("caseworkerBasis", "your role does not work under " + basis.code());
        }
        return basis.line();
    }
}
