package dk.mentor.kit.feed;

import java.time.Instant;
import java.util.UUID;

/** One outbox row as the feed reads it. */
record FeedEvent(long position, UUID id, String type, String source, String subject, String municipality,
                 Instant time, String payload) {
}
