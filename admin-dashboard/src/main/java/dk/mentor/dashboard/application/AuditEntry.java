package dk.mentor.dashboard.application;

import java.time.OffsetDateTime;

/** One line of a service's append-only audit trail, as it answers an auditor. */
public record AuditEntry(OffsetDateTime occurredAt, String actorName, String actorSubject, String actorClient,
                         String actorMunicipalities, String actingMunicipality, String ownerMunicipality, String action,
                         String subjectType, String subjectId, String outcome, String purpose) {
}
