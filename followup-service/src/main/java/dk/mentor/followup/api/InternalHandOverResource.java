package dk.mentor.followup.api;

import static dk.mentor.followup.api.OpenApiComponents.PURPOSE_DOC;

import dk.mentor.followup.api.PlacementDtos.InternalHandOverRequest;
import dk.mentor.followup.api.PlacementDtos.InternalHandOverResponse;
import dk.mentor.followup.application.InternalHandOvers;
import dk.mentor.followup.application.Purposes;
import dk.mentor.followup.domain.InternalHandOver;
import dk.mentor.kit.access.Roles;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageParameters;
import dk.mentor.kit.idempotency.Idempotent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
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

/** The chain of hand-overs inside the municipality on a plan; the cross-municipal ones are {@link HandOverResource}. */
@Path("/api/v1/plans/{planId}/internal-hand-overs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.MENTOR, Roles.INTEGRATION})
@Tag(name = "placements", description = "Companies, placements with them, their agreements and follow-ups, and hand-overs inside the municipality")
public class InternalHandOverResource {

    @Inject
    InternalHandOvers handOvers;

    @POST
    @Idempotent
    @RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.INTEGRATION})
    @Operation(operationId = "recordInternalHandOver", summary = "Record a hand-over inside the municipality",
            description = "Caseworker to job or company consultant, to the company, and back, each with an annotation of what needs a conversation; a hand-back states its reason.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = InternalHandOverResponse.class)))
    public Response record(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                           @Valid @NotNull InternalHandOverRequest r, @Context UriInfo uri,
                           @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        InternalHandOver h = handOvers.record(planId, r.placementId(), new InternalHandOver.Step(r.kind(), r.fromRole(),
                r.fromName(), r.toRole(), r.toName(), r.annotation(), r.reason(), r.handedOn()), Purposes.or(purpose, "hand-over"));
        return Response.created(uri.getAbsolutePathBuilder().path(h.id().toString()).build())
                .entity(InternalHandOverResponse.from(h)).build();
    }

    @GET
    @Operation(operationId = "listInternalHandOvers", summary = "List the hand-overs inside the municipality", description = "Oldest first.")
    @APIResponse(responseCode = "200", description = "A page of hand-overs")
    public Page<InternalHandOverResponse> list(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                                               @BeanParam PageParameters paging,
                                               @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        return handOvers.list(planId, paging.request(), Purposes.or(purpose, "follow-up"), InternalHandOverResponse::from);
    }
}
