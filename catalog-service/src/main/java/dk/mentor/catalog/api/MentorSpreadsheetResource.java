package dk.mentor.catalog.api;

import dk.mentor.catalog.api.spreadsheet.CsvSheet;
import dk.mentor.catalog.api.spreadsheet.Table;
import dk.mentor.catalog.api.spreadsheet.XlsxCodec;
import dk.mentor.catalog.application.ExportMentors;
import dk.mentor.catalog.application.ImportMentors;
import dk.mentor.contracts.rules.RuleViolation;
import dk.mentor.kit.access.Roles;
import dk.mentor.kit.csv.DanishCsv;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.kit.problem.ProblemType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The coordinators' spreadsheet: import (dry run or all-or-nothing) and export, CSV or XLSX, one layout. */
@Path("/api/v1")
@Tag(name = "catalogue spreadsheet", description = "Import and export of the catalogue as CSV or XLSX (docs/catalog-import-format.md)")
public class MentorSpreadsheetResource {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    MentorRows mentorRows;

    @Inject
    ImportMentors importMentors;

    @Inject
    ExportMentors exportMentors;

    @POST
    @Path("mentor-imports")
    @Consumes({CSV, XLSX})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "importMentors", summary = "Import the catalogue spreadsheet", description = "The raw file is the body (Content-Type text/csv or"
            + " the XLSX type). A row without id registers a mentor, a row with id replaces that mentor's form. With"
            + " dryRun=true nothing is written and every bad row is reported; a real import writes all rows in one"
            + " transaction, or nothing (422 listing every bad row). CSV may separate cells with ';' or ',' and write"
            + " decimals with a comma or a point.")
    @RequestBody(description = "The spreadsheet, header row first", content = {
            @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "The report: what was (or in a dry run would be) written, and every bad row",
            content = @Content(schema = @Schema(implementation = ImportReportResponse.class)))
    public ImportReportResponse importCatalogue(
            @Parameter(description = "Check only; write nothing", example = "true") @QueryParam("dryRun") boolean dryRun,
            @HeaderParam("Content-Type") String contentType, byte[] file) {
        MentorRows.Parsed parsed = mentorRows.parse(table(contentType, file));
        ImportMentors.Report report = importMentors.run(parsed.rows(), parsed.errors(), parsed.count(), dryRun);
        if (!dryRun && !report.written()) {
            List<RuleViolation.FieldIssue> issues = report.errors().stream().map(e -> new RuleViolation.FieldIssue(
                    "row " + e.row() + (e.field() == null ? "" : ": " + e.field()), e.reason())).toList();
            throw new RuleViolation(report.errors().size() + " bad row(s); nothing was imported. Fix them (try"
                    + " dryRun=true) and import the whole file again", issues);
        }
        return ImportReportResponse.from(report);
    }

    @GET
    @Path("mentor-exports")
    @Produces({CSV, XLSX})
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "exportMentors", summary = "Export the catalogue spreadsheet", description = "Every mentor of the caller's municipalities, in the"
            + " import layout, by name; id and status columns let a file be edited and imported back. CSV is written for"
            + " Danish Excel: UTF-8 with a byte-order mark, ';' between cells, decimal commas, and a text cell that"
            + " starts like a formula (= + - @) prefixed with '.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary"))})
    public Response export(@Parameter(description = "CSV (default) or XLSX, in any case", example = "XLSX")
                           @QueryParam("format") SpreadsheetFormat format) {
        boolean xlsx = format == SpreadsheetFormat.XLSX;
        List<List<Object>> rows = MentorColumns.rows(exportMentors.ownCatalogue(MentorResponse::from));
        byte[] body = xlsx ? XlsxCodec.write(MentorColumns.table(rows), "Mentors") : DanishCsv.write(MentorColumns.NAMES, rows);
        return Response.ok(body, xlsx ? XLSX : DanishCsv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"mentors." + (xlsx ? "xlsx" : "csv") + "\"").build();
    }

    private static Table table(String contentType, byte[] file) {
        if (file == null || file.length == 0) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The file is empty; the first row must name the columns");
        }
        if (contentType != null && contentType.startsWith(XLSX)) {
            try {
                return XlsxCodec.read(file);
            } catch (IOException | RuntimeException e) {
                throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The body is not a readable XLSX workbook");
            }
        }
        try {
            return CsvSheet.read(file);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The body is not well-formed CSV (e.g. a quote is not closed)");
        }
    }

    /** The file types of an export. */
    public enum SpreadsheetFormat { CSV, XLSX }
}
