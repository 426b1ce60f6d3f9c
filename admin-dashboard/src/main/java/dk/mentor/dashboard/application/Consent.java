package dk.mentor.dashboard.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A consent (or the legal basis recorded instead) that lets the plan be shared, and whether it was revoked. */
public record Consent(UUID id, String purpose, String basis, String legalReference, String recipientMunicipality,
                      LocalDate givenOn, LocalDate expiresOn, Instant revokedAt) {
}
