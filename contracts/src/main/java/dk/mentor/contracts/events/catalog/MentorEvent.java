package dk.mentor.contracts.events.catalog;

import dk.mentor.contracts.events.EventPayload;
import java.util.UUID;

/** An event about one mentor: keyed by the mentor, so a mentor's events stay in order. */
public interface MentorEvent extends EventPayload {

    UUID mentorId();

    String homeMunicipality();

    @Override
    default String subject() {
        return mentorId().toString();
    }

    @Override
    default String municipality() {
        return homeMunicipality();
    }
}
