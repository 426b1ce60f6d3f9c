package dk.mentor.contracts.events.followup;

import dk.mentor.contracts.events.EventPayload;
import java.util.UUID;

/** An event about one plan: keyed by the plan, so a plan's events (and a meeting's versions) stay in order. */
public interface PlanEvent extends EventPayload {

    UUID planId();

    String actingMunicipality();

    @Override
    default String subject() {
        return planId().toString();
    }

    @Override
    default String municipality() {
        return actingMunicipality();
    }
}
