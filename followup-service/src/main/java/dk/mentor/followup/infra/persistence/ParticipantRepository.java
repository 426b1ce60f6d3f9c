package dk.mentor.followup.infra.persistence;

import dk.mentor.followup.domain.Participant;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ParticipantRepository implements PlanPartRepository<Participant> {
}
