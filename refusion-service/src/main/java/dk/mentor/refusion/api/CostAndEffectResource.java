package dk.mentor.refusion.api;

import dk.mentor.kit.access.Roles;
import dk.mentor.refusion.application.ReportCostAndEffect;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the mentor effort costs a municipality per citizen, against how its plans end. */
@Path("/api/v1/cost-and-effect")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "economy", description = "The expense ledger, ceilings and inter-municipal settlement of a municipality")
public class CostAndEffectResource {

    @Inject
    ReportCostAndEffect report;

    @GET
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.COORDINATOR})
    @Operation(operationId = "getCostAndEffect", summary = "Get cost and effect", description = "Net cost (expense minus the refund after ceilings) per citizen per month of mentorship, a mentor's training shared over the mentor's citizens, and the share of plans closed with each outcome, per target group and mentor kind.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = CostAndEffectResponse.class)))
    public CostAndEffectResponse get(@BeanParam ReportPeriod period) {
        return CostAndEffectResponse.from(period.municipality, period.from, period.to,
                report.of(period.municipality, period.from, period.to));
    }

    @GET
    @Path("csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.COORDINATOR})
    @Operation(operationId = "exportCostAndEffectCsv", summary = "Export cost and effect as CSV", description = "The report of GET /cost-and-effect: the total, one row per target group and mentor kind, and the net cost no citizen carries; a column per outcome with the plans closed with it. As Danish Excel reads it: UTF-8 with a byte-order mark, semicolons, decimal commas, dd-MM-yyyy dates.")
    @APIResponse(responseCode = "200", description = "The report as CSV",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response csv(@BeanParam ReportPeriod period) {
        return CsvDownload.of(CostAndEffectCsv.of(get(period)), period.fileName("cost-and-effect"));
    }
}
