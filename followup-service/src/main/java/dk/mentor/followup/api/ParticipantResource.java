package dk.mentor.followup.api;

import static dk.mentor.followup.api.OpenApiComponents.PURPOSE_DOC;

import dk.mentor.followup.api.ParticipantDtos.AddParticipantRequest;
import dk.mentor.followup.api.ParticipantDtos.EndParticipationRequest;
import dk.mentor.followup.api.ParticipantDtos.ParticipantResponse;
import dk.mentor.followup.application.ManageParticipants;
import dk.mentor.followup.application.Purposes;
import dk.mentor.followup.domain.Participant;
import dk.mentor.kit.codes.CodeLists;
import dk.mentor.kit.access.Roles;
import dk.mentor.kit.idempotency.Idempotent;
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

@Path("/api/v1/plans/{planId}/participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.MENTOR, Roles.INTEGRATION})
@Tag(name = "participants", description = "Who is on the plan, in which role and under which legal basis, and their mentor agreements")
public class ParticipantResource {

    @Inject
    CodeLists codeLists;

    @Inject
    ManageParticipants participants;

    @POST
    @Idempotent
    @RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.INTEGRATION})
    @Operation(operationId = "addParticipant", summary = "Add a participant", description = "Caseworkers only. A participant on the other line (LAB/SEL) needs a cross-line consent.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = ParticipantResponse.class)))
    public Response add(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                        @Valid @NotNull AddParticipantRequest r, @Context UriInfo uri,
                        @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        Participant p = participants.add(planId, new ManageParticipants.Command(r.displayName(), r.username(), r.contact(),
                r.role(), PlanDtos.basis(codeLists, r.legalBasis(), "legalBasis"), r.cadenceDays(), r.startedOn()),
                Purposes.or(purpose, "coordinating the plan"));
        return Response.created(uri.getAbsolutePathBuilder().path(p.id().toString()).build())
                .entity(ParticipantResponse.from(p)).build();
    }

    @POST
    @Path("{participantId}/end")
    @RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.INTEGRATION})
    @Operation(operationId = "endParticipation", summary = "End a participation")
    @APIResponse(responseCode = "200", description = "Ended", content = @Content(schema = @Schema(implementation = ParticipantResponse.class)))
    public ParticipantResponse end(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                                   @Parameter(description = "The participation's id") @PathParam("participantId") UUID participantId,
                                   EndParticipationRequest r,
                                   @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        return ParticipantResponse.from(participants.end(planId, participantId, r == null ? null : r.endedOn(),
                Purposes.or(purpose, "coordinating the plan")));
    }

    @GET
    @Operation(operationId = "listParticipants", summary = "List participants", description = "In the order they joined.")
    @APIResponse(responseCode = "200", description = "A page of participants")
    public Page<ParticipantResponse> list(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                                          @BeanParam PageParameters paging,
                                          @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        return participants.list(planId, paging.request(), Purposes.or(purpose, "follow-up"), ParticipantResponse::from);
    }
}
