package dk.mentor.followup.infra.persistence;

import dk.mentor.followup.domain.InternalHandOver;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class InternalHandOverRepository implements PlanPartRepository<InternalHandOver> {
}
