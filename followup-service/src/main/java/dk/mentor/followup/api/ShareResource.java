package dk.mentor.followup.api;

import static dk.mentor.followup.api.OpenApiComponents.PURPOSE_DOC;

import dk.mentor.followup.api.ConsentResource.ShareRequest;
import dk.mentor.followup.api.ConsentResource.ShareResponse;
import dk.mentor.followup.application.ManageConsents;
import dk.mentor.followup.application.Purposes;
import dk.mentor.followup.domain.PlanShare;
import dk.mentor.kit.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plans/{planId}/shares")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.INTEGRATION})
@Tag(name = "consent", description = "Purpose-scoped, dated, revocable consent, and sharing under it")
public class ShareResource {

    @Inject
    ManageConsents consents;

    @POST
    @Operation(operationId = "sharePlan", summary = "Share a plan with another municipality", description = "Read access for that municipality while the consent holds.")
    @APIResponse(responseCode = "201", description = "Shared", content = @Content(schema = @Schema(implementation = ShareResponse.class)))
    public Response share(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                          @Valid @NotNull ShareRequest r,
                          @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        PlanShare s = consents.share(planId, r.municipality(), r.consentId(), Purposes.or(purpose, "sharing the plan"));
        return Response.created(UriBuilder.fromPath("/api/v1/plans/{p}/shares/{s}").build(planId, s.id()))
                .entity(ShareResponse.from(s)).build();
    }
}
