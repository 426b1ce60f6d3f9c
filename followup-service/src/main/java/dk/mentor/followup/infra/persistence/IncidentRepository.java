package dk.mentor.followup.infra.persistence;

import dk.mentor.followup.domain.Incident;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class IncidentRepository implements PlanPartRepository<Incident> {
}
