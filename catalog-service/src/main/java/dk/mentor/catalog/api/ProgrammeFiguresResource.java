package dk.mentor.catalog.api;

import dk.mentor.catalog.application.ProgrammeFigures;
import dk.mentor.catalog.domain.ProgrammeSide;
import dk.mentor.kit.access.Roles;
import dk.mentor.kit.api.InvalidParameterException;
import dk.mentor.kit.csv.DanishCsv;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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

@Path("/api/v1/volunteer-programmes/{id}")
@Tag(name = "volunteer-programmes")
public class ProgrammeFiguresResource {

    private static final int MAX_DAYS = 366;
    private static final String CSV = "text/csv";

    @Inject
    ProgrammeFigures figures;

    @GET
    @Path("yield")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "getProgrammeYield", summary = "Yield per recruitment channel and side",
            description = "Counts per step and the share matched, over the whole corps (counts name no one), or one"
                    + " municipality the caller acts for.")
    @APIResponse(responseCode = "200", description = "Volunteers first, channels in their order")
    public List<ProgrammeFiguresDtos.Yield> yield(@Parameter(description = "The programme's id") @PathParam("id") UUID id,
                                                  @Parameter(description = "Only this municipality (one the caller acts for)",
                                                          example = "0751") @QueryParam("municipality") String municipality) {
        if (municipality != null) {
            MentorRequest.requireMunicipality("municipality", municipality);
        }
        return figures.yield(id, municipality).stream().map(ProgrammeFiguresDtos.Yield::from).toList();
    }

    @GET
    @Path("waiting-lists")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "getProgrammeWaitingLists", summary = "The waiting lists of both sides",
            description = "Vetted volunteers and mentees not yet matched, of the caller's municipalities, with days waited,"
                    + " median and longest wait.")
    @APIResponse(responseCode = "200", description = "The lists",
            content = @Content(schema = @Schema(implementation = ProgrammeFiguresDtos.WaitingLists.class)))
    public ProgrammeFiguresDtos.WaitingLists waiting(@Parameter(description = "The programme's id") @PathParam("id") UUID id,
                                                     @Parameter(description = "Only this side", example = "MENTEE")
                                                     @QueryParam("side") ProgrammeSide side) {
        return ProgrammeFiguresDtos.WaitingLists.from(figures.waitingLists(id, side));
    }

    @GET
    @Path("report")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "getProgrammeReport", summary = "Targets against results",
            description = "Volunteers and mentees vetted and matches made within the period, against the targets, with the"
                    + " deviation (004 p.10, Table 1).")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = ProgrammeFiguresDtos.Report.class)))
    public ProgrammeFiguresDtos.Report report(@Parameter(description = "The programme's id") @PathParam("id") UUID id) {
        return ProgrammeFiguresDtos.Report.from(figures.report(id));
    }

    @GET
    @Path("report.csv")
    @Produces(CSV)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "getProgrammeReportCsv", summary = "Targets against results as CSV",
            description = "For Danish Excel: UTF-8 with a byte-order mark, ';' between cells, decimal commas.")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    public Response reportCsv(@Parameter(description = "The programme's id") @PathParam("id") UUID id) {
        ProgrammeFiguresDtos.Report report = ProgrammeFiguresDtos.Report.from(figures.report(id));
        return Response.ok(DanishCsv.write(ProgrammeFiguresDtos.REPORT_CSV_HEADER, report.csvRows()), DanishCsv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"frivilligprogram-maal-og-resultater.csv\"").build();
    }

    @GET
    @Path("commitments-ending")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "listProgrammeCommitmentsEnding", summary = "Volunteers whose commitment ends soon",
            description = "Of the caller's municipalities, not dropped out, soonest first: time to follow up and close or"
                    + " renew the partnership (004 pp.7, 11).")
    @APIResponse(responseCode = "200", description = "The volunteers")
    public List<VolunteerProgrammeDtos.EntryResponse> commitmentsEnding(
            @Parameter(description = "The programme's id") @PathParam("id") UUID id,
            @Parameter(description = "Within this many days from today (0-366, default 30)", example = "30")
            @QueryParam("withinDays") Integer withinDays) {
        int days = withinDays == null ? 30 : withinDays;
        if (days < 0 || days > MAX_DAYS) {
            throw new InvalidParameterException("withinDays", "must be between 0 and " + MAX_DAYS);
        }
        return figures.commitmentsEnding(id, days).stream().map(VolunteerProgrammeDtos.EntryResponse::from).toList();
    }
}
