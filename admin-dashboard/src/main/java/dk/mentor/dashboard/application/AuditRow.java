package dk.mentor.dashboard.application;

/** An audit entry in the list across services, with the service that wrote it ({@code catalog}, {@code matching}, …). */
public record AuditRow(String service, AuditEntry entry) {
}
