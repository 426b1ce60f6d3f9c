package dk.mentor.dashboard.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A sub-goal of a plan, on the timeline from the day it was proposed. */
public record Goal(UUID id, String description, String status, LocalDate targetDate, Instant createdAt) {
}
