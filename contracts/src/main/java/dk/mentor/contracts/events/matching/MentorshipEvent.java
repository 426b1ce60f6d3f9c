package dk.mentor.contracts.events.matching;

import dk.mentor.contracts.events.EventPayload;
import java.util.UUID;

/** An event about one mentorship: keyed by the mentorship and owned by the citizen's acting municipality. */
public interface MentorshipEvent extends EventPayload {

    UUID mentorshipId();

    UUID planId();

    UUID mentorId();

    String actingMunicipality();

    @Override
    default String subject() {
        return mentorshipId().toString();
    }

    @Override
    default String municipality() {
        return actingMunicipality();
    }
}
