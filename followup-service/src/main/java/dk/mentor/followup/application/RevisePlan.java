package dk.mentor.followup.application;

import dk.mentor.followup.domain.LinkedPlan;
import dk.mentor.followup.domain.Plan;
import dk.mentor.followup.infra.persistence.PlanRepository;
import dk.mentor.kit.api.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Changes the long-term goal and the links to the case system's own plans, guarded by If-Match. */
@ApplicationScoped
public class RevisePlan {

    @Inject
    PlanAccess access;
    @Inject
    PlanRepository plans;

    public record Command(String longTermGoal, List<LinkedPlan> linkedPlans) {
    }

    @Transactional
    public Plan revise(UUID planId, String ifMatch, Command command, String purpose) {
        Plan plan = access.manage(planId, "revise", purpose).plan();
        Versions.requireMatch(ifMatch, plan.version(), "plan", planId);
        plan.revise(command.longTermGoal(), command.linkedPlans());
        plans.flush(); // so the answer carries the new version
        return plan;
    }
}
