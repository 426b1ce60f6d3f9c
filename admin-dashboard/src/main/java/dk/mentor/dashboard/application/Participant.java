package dk.mentor.dashboard.application;

import java.time.LocalDate;
import java.util.UUID;

/** Someone taking part in a plan, under one legal basis. */
public record Participant(UUID id, String displayName, String username, String role, String legalBasis, UUID mentorId,
                          LocalDate startedOn, LocalDate endedOn) {
}
