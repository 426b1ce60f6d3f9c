package dk.mentor.followup.api;

import static dk.mentor.followup.api.OpenApiComponents.PURPOSE_DOC;

import dk.mentor.followup.api.RegistrationDtos.RegistrationRequest;
import dk.mentor.followup.api.RegistrationDtos.RegistrationResponse;
import dk.mentor.followup.application.Purposes;
import dk.mentor.followup.application.RecordRegistration;
import dk.mentor.followup.domain.registration.Registration;
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

@Path("/api/v1/plans/{planId}/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.MENTOR, Roles.INTEGRATION})
@Tag(name = "registration", description = "The registration dataset of seed 003 p.4: at start, every 3 months and at closure")
public class RegistrationResource {

    @Inject
    RecordRegistration registrations;

    @POST
    @Idempotent
    @RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.INTEGRATION})
    @Operation(operationId = "recordRegistration", summary = "Record a registration", description = "One START first,"
            + " QUARTERLY ones while the course runs (each also records the 3-monthly follow-up and clears its alert),"
            + " one CLOSURE last. Answers that do not fit the kind are refused with 422 naming the fields; a"
            + " registration out of order with 409.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = RegistrationResponse.class)))
    public Response record(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                           @Valid @NotNull RegistrationRequest r,
                           @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        Registration registration = registrations.record(planId, r.kind(), r.registeredOn(), r.answers().toDomain(),
                Purposes.or(purpose, "registration"));
        return Response.created(UriBuilder.fromPath("/api/v1/plans/{p}/registrations/{r}").build(planId, registration.id()))
                .entity(RegistrationResponse.from(registration)).build();
    }

    @GET
    @Operation(operationId = "listRegistrations", summary = "List a plan's registrations", description = "Oldest first.")
    @APIResponse(responseCode = "200", description = "A page of registrations")
    public Page<RegistrationResponse> list(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                                           @BeanParam PageParameters paging,
                                           @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        return registrations.list(planId, paging.request(), Purposes.or(purpose, "registration"), RegistrationResponse::from);
    }
}
