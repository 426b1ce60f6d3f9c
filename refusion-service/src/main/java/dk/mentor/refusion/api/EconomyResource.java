package dk.mentor.refusion.api;

import dk.mentor.kit.access.Roles;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageParameters;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.refusion.application.FindExpenseLines;
import dk.mentor.refusion.application.ReportCeilings;
import dk.mentor.refusion.application.ReportSettlement;
import dk.mentor.refusion.domain.ExpenseLineFilter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A municipality's ledger, ceilings and inter-municipal settlement, for its finance officers. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "economy", description = "The expense ledger, ceilings and inter-municipal settlement of a municipality")
public class EconomyResource {

    @Inject
    FindExpenseLines findExpenseLines;

    @Inject
    ReportCeilings reportCeilings;

    @Inject
    ReportSettlement reportSettlement;

    @GET
    @Path("expense-lines")
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @Operation(operationId = "listExpenseLines", summary = "List ledger lines", description = "A municipality's expense lines in posting order, reversals and held lines included.")
    @APIResponse(responseCode = "200", description = "A page of ledger lines")
    public Page<ExpenseLineResponse> lines(
            @Parameter(description = "The paying municipality", example = "0751", required = true) @QueryParam("municipality") String municipality,
            @Parameter(description = "Lines from this day", example = "2025-01-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Lines up to this day", example = "2025-03-31") @QueryParam("to") LocalDate to,
            @Parameter(description = "Only this plan's lines") @QueryParam("planId") UUID planId,
            @Parameter(description = "Only this meeting's lines") @QueryParam("meetingId") UUID meetingId,
            @Parameter(description = "Only lines judged under this regime", example = "LAB_2009") @QueryParam("regime") String regime,
            @Parameter(description = "true: only held lines (a meeting with claim holds, never claimed); false: only claimable ones", example = "true") @QueryParam("held") Boolean held,
            @BeanParam PageParameters paging) {
        return findExpenseLines.page(new ExpenseLineFilter(municipality, from, to, planId, meetingId, regime, held),
                paging.request(), ExpenseLineResponse::from);
    }

    @GET
    @Path("expense-lines/{id}")
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @Operation(operationId = "getExpenseLine", summary = "Get a ledger line", description = "One expense line and the rule that judged it.")
    @APIResponse(responseCode = "200", description = "The line",
            content = @Content(schema = @Schema(implementation = ExpenseLineResponse.class)))
    public ExpenseLineResponse line(@Parameter(description = "The line's id") @PathParam("id") UUID id) {
        return findExpenseLines.one(id, ExpenseLineResponse::from);
    }

    @GET
    @Path("unpriced-meetings")
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @Operation(operationId = "listUnpricedMeetings", summary = "List meetings not priced yet", description = "Meetings waiting for their mentor's terms, or that cannot be priced, oldest first.")
    @APIResponse(responseCode = "200", description = "A page of unpriced meetings")
    public Page<EconomyResponses.UnpricedMeeting> unpriced(
            @Parameter(description = "The acting municipality", example = "0751", required = true) @QueryParam("municipality") String municipality,
            @BeanParam PageParameters paging) {
        return findExpenseLines.unpriced(municipality, paging.request(), EconomyResponses.UnpricedMeeting::from);
    }

    @GET
    @Path("ceilings")
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @Operation(operationId = "getCeilings", summary = "Get a municipality's ceilings", description = "Per ceiling it spends under in the year, one per regime and kind (each regime's ceiling is its own pot): consumption, the part beyond, and the forecast overrun day from the run rate.")
    @APIResponse(responseCode = "200", description = "The ceilings, by kind")
    public List<EconomyResponses.Ceiling> ceilings(
            @Parameter(description = "The municipality", example = "0751", required = true) @QueryParam("municipality") String municipality,
            @Parameter(description = "The year", example = "2014", required = true) @QueryParam("year") Integer year) {
        if (year == null) {
            throw ProblemException.invalidField("year", "the year is required");
        }
        return reportCeilings.of(municipality, year).stream().map(row -> EconomyResponses.Ceiling.from(row, year)).toList();
    }

    @GET
    @Path("settlements")
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @Operation(operationId = "getSettlement", summary = "Get an inter-municipal statement", description = "What the municipality and each other owe each other for the period, when one's mentors served the other's citizens.")
    @APIResponse(responseCode = "200", description = "The statement",
            content = @Content(schema = @Schema(implementation = EconomyResponses.Settlement.class)))
    public EconomyResponses.Settlement settlement(@BeanParam ReportPeriod period) {
        return EconomyResponses.Settlement.from(reportSettlement.of(period.municipality, period.from, period.to));
    }

    @GET
    @Path("settlements/csv")
    @Produces("text/csv")
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @Operation(operationId = "exportSettlementCsv", summary = "Export an inter-municipal statement as CSV", description = "The statement of GET /settlements, one row per other municipality with the municipality that pays the net (payer); as Danish Excel reads it: UTF-8 with a byte-order mark, semicolons, decimal commas, dd-MM-yyyy dates.")
    @APIResponse(responseCode = "200", description = "The statement as CSV",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response settlementCsv(@BeanParam ReportPeriod period) {
        return CsvDownload.of(SettlementCsv.of(settlement(period)), period.fileName("settlement"));
    }
}
