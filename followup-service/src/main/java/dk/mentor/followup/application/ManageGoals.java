package dk.mentor.followup.application;

import dk.mentor.followup.domain.Goal;
import dk.mentor.followup.infra.persistence.GoalRepository;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageRequest;
import dk.mentor.kit.api.Versions;
import dk.mentor.kit.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

/** Sub-goals of the plan: anyone on the plan may propose one; the caseworkers move them through their lifecycle. */
@ApplicationScoped
public class ManageGoals {

    @Inject
    PlanAccess access;
    @Inject
    GoalRepository goals;
    @Inject
    Clock clock;

    @Transactional
    public Goal propose(UUID planId, String description, LocalDate targetDate, String purpose) {
        access.write(planId, "propose-goal", purpose).plan().requireActive();
        Goal goal = Goal.propose(planId, description, targetDate, clock.instant());
        goals.persist(goal);
        return goal;
    }

    @Transactional
    public Goal move(UUID planId, UUID goalId, String ifMatch, Goal.Status status, String purpose) {
        access.manage(planId, "change-goal", purpose).plan().requireActive();
        Goal goal = goals.onPlan(planId, goalId)
                .orElseThrow(() -> ProblemException.notFound("goal", goalId));
        Versions.requireMatch(ifMatch, goal.version(), "goal", goalId);
        goal.moveTo(status, clock.instant());
        goals.flush();
        return goal;
    }

    @Transactional
    public <T> Page<T> list(UUID planId, PageRequest page, String purpose, Function<Goal, T> mapper) {
        access.read(planId, purpose);
        return Page.of(goals.find("planId", Sort.by("createdAt").and("id"), planId), page, mapper);
    }
}
