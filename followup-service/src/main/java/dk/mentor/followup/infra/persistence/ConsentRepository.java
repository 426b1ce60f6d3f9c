package dk.mentor.followup.infra.persistence;

import dk.mentor.followup.domain.Consent;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ConsentRepository implements PlanPartRepository<Consent> {
}
