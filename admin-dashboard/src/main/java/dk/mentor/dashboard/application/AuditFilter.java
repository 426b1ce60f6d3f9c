package dk.mentor.dashboard.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the auditor narrows the log by, as each service's {@code GET /api/v1/audit-entries} takes it: the
 * subject's id, the actor's user name, the outcome (ALLOWED or DENIED), and the first and last Danish day.
 * A blank field is no filter.
 */
public record AuditFilter(String subject, String actor, String outcome, LocalDate from, LocalDate to) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);

    /** From the page's fields: text stripped, an outcome other than the two and an unreadable date left out. */
    public static AuditFilter of(String subject, String actor, String outcome, String from, String to) {
        String chosenOutcome = "ALLOWED".equals(outcome) || "DENIED".equals(outcome) ? outcome : null;
        return new AuditFilter(text(subject), text(actor), chosenOutcome, day(from), day(to));
    }

    /** The services' query parameters, each preceded by {@code &}; empty without filters. */
    public String query() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("subjectId", subject);
        parameters.put("actor", actor);
        parameters.put("outcome", outcome);
        parameters.put("from", from);
        parameters.put("to", to);
        return parameters.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> "&" + e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining());
    }

    /** The page's own parameters for a link to another page of the same list, each preceded by {@code &}. */
    public String links() {
        return query().replace("&subjectId=", "&subject=");
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate day(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
