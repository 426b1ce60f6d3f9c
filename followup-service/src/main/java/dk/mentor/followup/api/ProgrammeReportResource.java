package dk.mentor.followup.api;

import static dk.mentor.followup.api.OpenApiComponents.PURPOSE_DOC;

import dk.mentor.followup.api.ReportDtos.ReportResponse;
import dk.mentor.followup.api.ReportDtos.RowsResponse;
import dk.mentor.followup.application.BuildProgrammeReport;
import dk.mentor.followup.application.Purposes;
import dk.mentor.followup.domain.programme.Quarter;
import dk.mentor.kit.access.Roles;
import dk.mentor.kit.api.InvalidParameterException;
import dk.mentor.kit.csv.DanishCsv;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/programmes/{id}/reports/{quarter}")
@Tag(name = "programme", description = "Programmes several municipalities run together, their enrolled plans and quarterly status reports")
public class ProgrammeReportResource {

    /** The forms a report is given in. */
    public enum ReportFormat { JSON, CSV, XLSX }

    private static final String QUARTER_DOC = "The quarter, yyyy-Qn";
    private static final String QUARTER_PATTERN = "^[0-9]{4}-Q[1-4]$";

    @Inject
    BuildProgrammeReport reports;

    @GET
    @Produces({MediaType.APPLICATION_JSON, DanishCsv.MEDIA_TYPE, ReportSheets.XLSX})
    @RolesAllowed({Roles.ADMIN, Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.INTEGRATION})
    @Operation(operationId = "getProgrammeReport", summary = "A programme's quarterly status report", description = "Counts"
            + " per status and closure status, progression, durations and registered cost per citizen, for each member"
            + " in the quarter and the programme; small counts suppressed (see suppressionRule). For every member's"
            + " staff and administrators. JSON, or CSV for Danish Excel (';', decimal comma, dd-MM-yyyy), or XLSX.")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportResponse.class)),
            @Content(mediaType = DanishCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ReportSheets.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response report(@Parameter(description = "The programme's id") @PathParam("id") UUID id,
                           @Parameter(description = QUARTER_DOC, example = "2026-Q4", schema = @Schema(pattern = QUARTER_PATTERN))
                           @PathParam("quarter") String quarter,
                           @Parameter(description = "JSON (default), CSV or XLSX, in any case", example = "CSV")
                           @QueryParam("format") ReportFormat format,
                           @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        ReportResponse report = ReportResponse.from(reports.report(id, quarter(quarter), Purposes.or(purpose, "programme report")));
        String name = "status-" + report.quarter();
        return file(format, report, name, ReportSheets.header(report), ReportSheets.lines(report));
    }

    @GET
    @Path("rows")
    @Produces({MediaType.APPLICATION_JSON, DanishCsv.MEDIA_TYPE, ReportSheets.XLSX})
    @RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.INTEGRATION})
    @Operation(operationId = "getProgrammeReportRows", summary = "A member's rows behind the report", description = "One"
            + " row per enrolled plan of the municipality whose course ran in the quarter, unsuppressed: only for the"
            + " municipality's own staff. Another member's rows are refused with 403 and the attempt is audited.")
    @APIResponse(responseCode = "200", description = "The rows", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RowsResponse.class)),
            @Content(mediaType = DanishCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ReportSheets.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response rows(@Parameter(description = "The programme's id") @PathParam("id") UUID id,
                         @Parameter(description = QUARTER_DOC, example = "2026-Q4", schema = @Schema(pattern = QUARTER_PATTERN))
                         @PathParam("quarter") String quarter,
                         @Parameter(description = "The member whose rows", required = true, example = "0751",
                                 schema = @Schema(pattern = "^[0-9]{4}$"))
                         @QueryParam("municipality") @NotNull @Pattern(regexp = "[0-9]{4}") String municipality,
                         @Parameter(description = "JSON (default), CSV or XLSX, in any case", example = "CSV")
                         @QueryParam("format") ReportFormat format,
                         @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        RowsResponse rows = RowsResponse.from(reports.rows(id, quarter(quarter), municipality,
                Purposes.or(purpose, "programme report rows")));
        return file(format, rows, "rows-" + municipality + "-" + rows.quarter(), ReportSheets.ROW_HEADER, ReportSheets.lines(rows));
    }

    private static Quarter quarter(String text) {
        try {
            return Quarter.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("quarter", e.getMessage());
        }
    }

    private static Response file(ReportFormat format, Object json, String name, List<String> header, List<List<Object>> lines) {
        if (format == null || format == ReportFormat.JSON) {
            return Response.ok(json, MediaType.APPLICATION_JSON).build();
        }
        boolean xlsx = format == ReportFormat.XLSX;
        byte[] body = xlsx ? ReportSheets.xlsx("Status", header, lines) : ReportSheets.csv(header, lines);
        return Response.ok(body, xlsx ? ReportSheets.XLSX : DanishCsv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + name + (xlsx ? ".xlsx\"" : ".csv\"")).build();
    }
}
