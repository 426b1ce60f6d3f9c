package dk.mentor.followup.api;

import dk.mentor.kit.api.Versions;
import static dk.mentor.followup.api.OpenApiComponents.PURPOSE_DOC;

import dk.mentor.followup.api.HandOverResource.OfferRequest;
import dk.mentor.followup.api.HandOverResource.HandOverResponse;
import dk.mentor.followup.application.HandOvers;
import dk.mentor.followup.application.Purposes;
import dk.mentor.followup.domain.HandOver;
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

@Path("/api/v1/plans/{planId}/hand-overs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.INTEGRATION})
@Tag(name = "hand-overs", description = "Handing a plan over when the citizen moves municipality")
public class PlanHandOverResource {

    @Inject
    HandOvers handOvers;

    @POST
    @Operation(operationId = "offerHandOver", summary = "Offer a plan to another municipality", description = "Needs a consent in force for sharing with the receiver.")
    @APIResponse(responseCode = "201", description = "Offered", content = @Content(schema = @Schema(implementation = HandOverResponse.class)))
    public Response offer(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                          @Valid @NotNull OfferRequest r,
                          @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        HandOver h = handOvers.offer(planId, r.toMunicipality(), r.consentId(), r.annotation(), r.moveDate(), Purposes.or(purpose, "hand-over"));
        return Versions.created(UriBuilder.fromPath("/api/v1/hand-overs/{id}").build(h.id()),
                HandOverResponse.from(h), h.version());
    }
}
