package dk.mentor.catalog.api;

import dk.mentor.catalog.application.ImportMentors;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportReport", description = "What an import did, or in a dry run would do; every bad row with its reason.")
public record ImportReportResponse(
        @Schema(description = "Whether this was a dry run (nothing written).", example = "true") boolean dryRun,
        @Schema(description = "Whether the rows were written (only a real import without bad rows).", example = "false") boolean written,
        @Schema(description = "Data rows read (blank rows not counted).", example = "12") int rows,
        @Schema(description = "Rows that register a new mentor (no id).", example = "10") int registered,
        @Schema(description = "Rows that update a mentor by id.", example = "2") int updated,
        @Schema(description = "Every bad row, by row number in the file (the header is row 1).") List<RowError> errors) {

    @Schema(name = "ImportRowError", description = "Why one row of the file was refused.")
    public record RowError(
            @Schema(description = "Row number in the file; the header is row 1.", example = "3") int row,
            @Schema(description = "Column, when the problem is in one.", example = "capacityCitizens") String field,
            @Schema(description = "Why.", example = "must be greater than or equal to 0") String reason) {
    }

    static ImportReportResponse from(ImportMentors.Report report) {
        return new ImportReportResponse(report.dryRun(), report.written(), report.rows(), report.registered(), report.updated(),
                report.errors().stream().map(e -> new RowError(e.row(), e.field(), e.reason())).toList());
    }
}
