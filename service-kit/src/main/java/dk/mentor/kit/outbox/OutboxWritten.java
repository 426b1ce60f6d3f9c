package dk.mentor.kit.outbox;

import java.util.UUID;

/** Fired when an outbox row is written; observed after commit to send it without waiting for the poll. */
public record OutboxWritten(UUID eventId) {
}
