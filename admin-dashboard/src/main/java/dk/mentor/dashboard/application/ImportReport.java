package dk.mentor.dashboard.application;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * catalog-service's answer to a catalogue import: how many data rows it read, how many register a new
 * mentor and how many update one, every refused row with its reason, and whether anything was written.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImportReport(boolean dryRun, int rows, int registered, int updated, boolean written, List<RowError> errors) {

    /** One refused row; the header is row 1. {@code field} is the column, when the problem is in one. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RowError(int row, String field, String reason) {
    }

    public ImportReport {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** Only a file without refused rows can be imported (the service writes all rows or none). */
    public boolean importable() {
        return errors.isEmpty() && rows > 0;
    }
}
