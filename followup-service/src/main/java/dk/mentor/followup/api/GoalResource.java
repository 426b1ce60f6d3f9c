package dk.mentor.followup.api;

import dk.mentor.kit.access.Roles;
import dk.mentor.kit.api.Versions;
import static dk.mentor.followup.api.OpenApiComponents.PURPOSE_DOC;

import dk.mentor.followup.api.GoalDtos.GoalResponse;
import dk.mentor.followup.api.GoalDtos.GoalStatusRequest;
import dk.mentor.followup.api.GoalDtos.ProposeGoalRequest;
import dk.mentor.followup.application.ManageGoals;
import dk.mentor.followup.application.Purposes;
import dk.mentor.followup.domain.Goal;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plans/{planId}/goals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.MENTOR, Roles.INTEGRATION})
@Tag(name = "goals", description = "Sub-goals of the plan and their lifecycle")
public class GoalResource {

    @Inject
    ManageGoals goals;

    @POST
    @Operation(operationId = "proposeGoal", summary = "Propose a sub-goal")
    @APIResponse(responseCode = "201", description = "Proposed", content = @Content(schema = @Schema(implementation = GoalResponse.class)))
    public Response propose(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                            @Valid @NotNull ProposeGoalRequest request, @Context UriInfo uri,
                            @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        Goal goal = goals.propose(planId, request.description(), request.targetDate(), Purposes.or(purpose, "planning goals"));
        return Versions.created(uri.getAbsolutePathBuilder().path(goal.id().toString()).build(),
                GoalResponse.from(goal), goal.version());
    }

    @PUT
    @Path("{goalId}/status")
    @RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.INTEGRATION})
    @Operation(operationId = "setGoalStatus", summary = "Change a sub-goal's status", description = "PROPOSED -> ACTIVE -> ACHIEVED or ABANDONED; caseworkers only; needs If-Match.")
    @APIResponse(responseCode = "200", description = "The goal", content = @Content(schema = @Schema(implementation = GoalResponse.class)))
    public Response move(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                         @Parameter(description = "The goal's id") @PathParam("goalId") UUID goalId,
                         @Parameter(description = "The ETag of the goal as read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @Valid @NotNull GoalStatusRequest request,
                         @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        Goal goal = goals.move(planId, goalId, ifMatch, request.status(), Purposes.or(purpose, "planning goals"));
        return Versions.ok(GoalResponse.from(goal), goal.version());
    }

    @GET
    @Operation(operationId = "listGoals", summary = "List sub-goals", description = "Oldest first.")
    @APIResponse(responseCode = "200", description = "A page of goals")
    public Page<GoalResponse> list(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                                   @BeanParam PageParameters paging,
                                   @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        return goals.list(planId, paging.request(), Purposes.or(purpose, "follow-up"), GoalResponse::from);
    }
}
