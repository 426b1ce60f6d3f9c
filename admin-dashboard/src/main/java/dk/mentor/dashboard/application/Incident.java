package dk.mentor.dashboard.application;

import java.time.Instant;
import java.util.UUID;

/** An incident on a plan: what happened, its current escalation level, and whether it is resolved. */
public record Incident(UUID id, String summary, Integer level, Instant occurredAt, Instant resolvedAt) {
}
