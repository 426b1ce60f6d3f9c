package dk.mentor.dashboard.application;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An event a consumer of one service gave up on, as that service's dead-letter list shows it. */
public record DeadLetter(UUID id, String consumer, String topic, String eventType, Integer attempts, String error,
                         OffsetDateTime failedAt, OffsetDateTime replayedAt, String replayedBy) {

    public boolean waiting() {
        return replayedAt == null;
    }
}
