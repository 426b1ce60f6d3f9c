package dk.mentor.followup.api;

import static dk.mentor.followup.api.OpenApiComponents.PURPOSE_DOC;

import dk.mentor.contracts.rules.RuleViolation;
import dk.mentor.followup.api.MeetingImportDtos.MeetingImportReport;
import dk.mentor.followup.api.MeetingImportDtos.MeetingImportRequest;
import dk.mentor.followup.application.ImportMeetings;
import dk.mentor.followup.application.Purposes;
import dk.mentor.kit.access.Roles;
import dk.mentor.kit.idempotency.Idempotent;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.kit.problem.ProblemType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Meetings in bulk, JSON or CSV: a dry run, or all or nothing (docs/meeting-import-format.md). */
@Path("/api/v1/meeting-imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "meeting imports", description = "A month of meetings for many plans at once (docs/meeting-import-format.md)")
public class MeetingImportResource {

    static final String CSV = "text/csv";

    @Inject
    MeetingImportRows rows;
    @Inject
    ImportMeetings importMeetings;

    /**
     * The same roles as logging one meeting, with the same reach per plan: staff and integrations on
     * their municipalities' plans, a mentor only under their own participations.
     */
    @POST
    @Idempotent
    @Consumes({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.MENTOR, Roles.INTEGRATION})
    @Operation(operationId = "importMeetings", summary = "Import meetings in bulk",
            description = "Many meetings for many plans, as JSON ({\"meetings\": [...]}) or as CSV (text/csv, the layout of"
                    + " docs/meeting-import-format.md), at most " + ImportMeetings.MAX_ROWS + " rows. Each row is checked"
                    + " as logging one meeting is. dryRun=true changes nothing and answers what each row would become."
                    + " A real import logs every meeting in one transaction, each announced as MeetingLogged, or none of"
                    + " them (422 listing every bad row). A row the suite already holds (the same externalReference, or"
                    + " without one the same plan, participation, date and startTime) is a duplicate and is skipped, so a"
                    + " period sent again counts once. A plan outside the caller's reach is a row error that does not"
                    + " say whether it exists.")
    @RequestBody(description = "The meetings", required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingImportRequest.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, description = "CSV, header row first"))})
    @APIResponse(responseCode = "200", description = "The report: what each row became, or in a dry run would become",
            content = @Content(schema = @Schema(implementation = MeetingImportReport.class)))
    @APIResponse(responseCode = "413", description = "More than " + ImportMeetings.MAX_ROWS
            + " rows, or a body over the size limit: send the period in parts")
    public Response importMeetings(
            @Parameter(description = "Check only and change nothing", example = "true") @QueryParam("dryRun") boolean dryRun,
            @Parameter(hidden = true) @HeaderParam("Content-Type") String contentType,
            @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose,
            byte[] body) {
        String stated = Purposes.or(purpose, "importing meetings");
        if (body == null || body.length == 0) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The body is empty");
        }
        boolean csv = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith(CSV);
        MeetingImportRows.Parsed parsed = csv ? rows.fromCsv(body) : rows.fromJson(body);
        ImportMeetings.Report report = importMeetings.run(parsed.rows(), parsed.errors(), dryRun, stated);
        if (!dryRun && !report.applied()) {
            List<RuleViolation.FieldIssue> issues = report.errors().stream().map(e -> new RuleViolation.FieldIssue(
                    "row " + e.row() + (e.field() == null ? "" : ": " + e.field()), e.reason())).toList();
            throw new RuleViolation(issues.size() + " problem(s) in the import; nothing was logged. Fix them (try"
                    + " dryRun=true) and send the whole import again", issues);
        }
        return Response.ok(MeetingImportReport.from(report)).build(); // a Response, so an idempotent repeat can be replayed
    }
}
