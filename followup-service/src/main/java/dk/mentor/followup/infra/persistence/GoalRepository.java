package dk.mentor.followup.infra.persistence;

import dk.mentor.followup.domain.Goal;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class GoalRepository implements PlanPartRepository<Goal> {
}
