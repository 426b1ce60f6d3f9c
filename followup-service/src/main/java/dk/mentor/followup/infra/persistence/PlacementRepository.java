package dk.mentor.followup.infra.persistence;

import dk.mentor.followup.domain.Placement;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PlacementRepository implements PlanPartRepository<Placement> {
}
