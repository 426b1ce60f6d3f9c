package dk.mentor.dashboard.application;

import java.util.List;

/**
 * One page of the audit log across services, newest first. {@code missing} are the message keys of
 * the services that did not answer (or refused the filter): the page says so above the list instead
 * of showing a shorter log as if it were whole.
 */
public record AuditLog(List<AuditRow> rows, int page, boolean hasMore, List<String> missing) {
}
