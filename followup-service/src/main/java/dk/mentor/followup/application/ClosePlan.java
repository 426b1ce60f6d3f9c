package dk.mentor.followup.application;

import dk.mentor.contracts.codes.ClosureOutcome;
import dk.mentor.contracts.events.followup.OutcomeRecorded;
import dk.mentor.followup.domain.Plan;
import dk.mentor.followup.infra.persistence.PlanRepository;
import dk.mentor.kit.api.Versions;
import dk.mentor.kit.outbox.Outbox;
import dk.mentor.kit.time.DanishTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Closes the plan with the closure dataset of seed 003 p.4: the coded outcome, the efforts of the
 * course and the planned future efforts, and aftercare of up to 12 months. Announces the outcome.
 */
@ApplicationScoped
public class ClosePlan {

    @Inject
    PlanAccess access;
    @Inject
    PlanRepository plans;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    public record Command(ClosureOutcome outcome, LocalDate closedOn, int aftercareMonths, String effortsSummary,
                          String plannedFutureEfforts) {
    }

    @Transactional
    public Plan close(UUID planId, String ifMatch, Command command, String purpose) {
        Plan plan = access.manage(planId, "close", purpose).plan();
        Versions.requireMatch(ifMatch, plan.version(), "plan", planId);
        plan.close(command.outcome(), command.closedOn() != null ? command.closedOn() : DanishTime.today(clock),
                command.aftercareMonths(), command.effortsSummary(), command.plannedFutureEfforts());
        outbox.append(new OutcomeRecorded(plan.id(), plan.ownerMunicipality(), plan.outcome().name(), plan.closedOn(),
                plan.aftercareUntil(), clock.instant()));
        plans.flush();
        return plan;
    }
}
