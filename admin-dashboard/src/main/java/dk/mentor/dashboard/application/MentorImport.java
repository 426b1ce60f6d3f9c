package dk.mentor.dashboard.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.dashboard.infra.Backend;
import dk.mentor.dashboard.infra.Reply;
import dk.mentor.dashboard.infra.ServiceClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The coordinator's catalogue import with catalog-service's {@code POST /mentor-imports}: first a dry
 * run (nothing written; every refused row with why), then, confirmed, the same file for real, which
 * the service writes whole or not at all.
 */
@ApplicationScoped
public class MentorImport {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The largest file the page passes on: the catalogue of a municipality is a few hundred rows. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private final ServiceClient services;
    private final ObjectMapper mapper;

    public MentorImport(ServiceClient services, ObjectMapper mapper) {
        this.services = services;
        this.mapper = mapper;
    }

    /** What the file would do (dryRun) or did; the outcome's body is the {@link ImportReport}. */
    public FormOutcome run(String fileName, byte[] file, boolean dryRun, String idempotencyKey, String accessToken) {
        if (file == null || file.length == 0) {
            return FormOutcome.unreadable("import", Map.of("file", "import_error_empty"));
        }
        if (file.length > MAX_BYTES) {
            return FormOutcome.unreadable("import", Map.of("file", "import_error_too_large"));
        }
        Reply<JsonNode> reply = services.upload(Backend.CATALOG, "/api/v1/mentor-imports?dryRun=" + dryRun, accessToken,
                idempotencyKey, contentType(fileName), file).join();
        FormOutcome outcome = FormOutcome.of(reply, "import", Set.of("file"));
        if (!outcome.succeeded()) {
            // the service names the row, not a field of this form: the whole file is what is wrong
            return outcome.formError() != null && outcome.formError().endsWith("_rule")
                    ? new FormOutcome(outcome.status(), Map.of(), "import_error_rows", null) : outcome;
        }
        return FormOutcome.done(mapper.convertValue(outcome.body(), ImportReport.class));
    }

    /** XLSX by its name, CSV otherwise (the service reads either; a CSV may use ';' or ','). */
    static String contentType(String fileName) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? XLSX : CSV;
    }
}
