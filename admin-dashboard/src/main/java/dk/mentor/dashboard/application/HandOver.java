package dk.mentor.dashboard.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A plan offered from one municipality to another, and the answer. */
public record HandOver(UUID id, UUID planId, String fromMunicipality, String toMunicipality, String status,
                       Instant offeredAt, LocalDate effectiveOn) {
}
