package dk.mentor.kit.outbox;

import java.util.UUID;

/** Fired when an outbox row is written; observed after commit to position and send it without waiting for the schedules. */
public record OutboxWritten(UUID eventId) {
}
