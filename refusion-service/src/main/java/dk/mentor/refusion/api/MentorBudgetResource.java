package dk.mentor.refusion.api;

import dk.mentor.kit.access.Roles;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageParameters;
import dk.mentor.kit.api.PageRequest;
import dk.mentor.kit.api.Versions;
import dk.mentor.refusion.application.ManageMentorBudgets;
import dk.mentor.refusion.domain.MentorBudget;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Planned mentor hours per target group and year (seed 001 p.16), against the ledger's actual hours. */
@Path("/api/v1/mentor-budgets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "mentor-budgets", description = "Planned against actual mentor hours per target group and year")
public class MentorBudgetResource {

    @Inject
    ManageMentorBudgets budgets;

    @GET
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.COORDINATOR})
    @Operation(operationId = "listMentorBudgets", summary = "List a year's mentor budgets", description = "Every target group with planned or actual hours in the year, by target group.")
    @APIResponse(responseCode = "200", description = "A page of budgets")
    public Page<MentorBudgetResponse> list(
            @Parameter(description = "The municipality", example = "0751", required = true) @QueryParam("municipality") String municipality,
            @Parameter(description = "The year", example = "2025", required = true) @QueryParam("year") Integer year,
            @BeanParam PageParameters paging) {
        PageRequest request = paging.request();
        List<MentorBudget> rows = budgets.ofYear(municipality, year);
        List<MentorBudget> slice = rows.stream().skip(request.offset()).limit(request.size()).toList();
        return Page.of(slice, request, rows.size(), MentorBudgetResponse::from);
    }

    @GET
    @Path("{municipality}/{year}/{targetGroup}")
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.COORDINATOR})
    @Operation(operationId = "getMentorBudget", summary = "Get a mentor budget", description = "The planned hours of a target group and year against the actual.")
    @APIResponse(responseCode = "200", description = "The budget; ETag holds its version",
            content = @Content(schema = @Schema(implementation = MentorBudgetResponse.class)))
    public Response get(@Parameter(description = "The municipality", example = "0751") @PathParam("municipality") String municipality,
                        @Parameter(description = "The year", example = "2025") @PathParam("year") Integer year,
                        @Parameter(description = "A code of the TARGET_GROUP code list", example = "ACTIVITY_READY") @PathParam("targetGroup") String targetGroup) {
        MentorBudget budget = budgets.get(municipality, year, targetGroup);
        return Versions.ok(MentorBudgetResponse.from(budget), budget.version());
    }

    @PUT
    @Path("{municipality}/{year}/{targetGroup}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.COORDINATOR})
    @Operation(operationId = "setMentorBudget", summary = "Set a mentor budget", description = "Creates the budget, or changes it with If-Match naming the version read.")
    @APIResponse(responseCode = "200", description = "The budget; ETag holds its new version",
            content = @Content(schema = @Schema(implementation = MentorBudgetResponse.class)))
    public Response set(@Parameter(description = "The municipality", example = "0751") @PathParam("municipality") String municipality,
                        @Parameter(description = "The year", example = "2025") @PathParam("year") Integer year,
                        @Parameter(description = "A code of the TARGET_GROUP code list", example = "ACTIVITY_READY") @PathParam("targetGroup") String targetGroup,
                        @Parameter(description = "The ETag of the budget as read; not needed to create it") @HeaderParam("If-Match") String ifMatch,
                        @Valid @NotNull MentorBudgetRequest request) {
        MentorBudget budget = budgets.set(municipality, year, targetGroup, request.plannedHours(), ifMatch);
        return Versions.ok(MentorBudgetResponse.from(budget), budget.version());
    }
}
