package dk.mentor.followup.api;

import static dk.mentor.followup.api.OpenApiComponents.PURPOSE_DOC;

import dk.mentor.followup.application.ManageIncidents;
import dk.mentor.followup.application.Purposes;
import dk.mentor.followup.domain.Incident;
import dk.mentor.kit.access.Roles;
import dk.mentor.kit.idempotency.Idempotent;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plans/{planId}/incidents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.MENTOR, Roles.INTEGRATION})
@Tag(name = "incidents", description = "Escalation on the crisis ladder (seed 004 p.8) and who was told")
public class IncidentResource {

    @Inject
    ManageIncidents incidents;

    @Schema(name = "IncidentRequest", description = "An incident and the level it starts at.")
    public record IncidentRequest(
            @Schema(description = "Level 1 coordination group, 2 project leader, 3 wider network, 4 psychologist.", example = "1") int level,
            @Schema(description = "What happened.", example = "The citizen called in crisis late at night") @NotBlank @Size(max = 4000) String summary,
            @Schema(description = "When it happened; now if empty.") Instant occurredAt,
            @Schema(description = "Who was told at this level.", example = "[\"coordination group Aarhus\"]") List<@NotBlank String> told) {
    }

    @Schema(name = "EscalationRequest", description = "Moves an incident up the ladder.")
    public record EscalationRequest(
            @Schema(description = "The new, higher level.", example = "2") int level,
            @Schema(description = "Who was told at the new level.", example = "[\"project leader\"]") List<@NotBlank String> told) {
    }

    @Schema(name = "IncidentNotification", description = "Someone told about the incident.")
    public record NotificationResponse(
            @Schema(description = "The level at the time.", example = "1") int level,
            @Schema(description = "Who was told.", example = "coordination group Aarhus") String told,
            @Schema(description = "When.") Instant toldAt) {
    }

    @Schema(name = "Incident", description = "An incident on the crisis ladder.")
    public record IncidentResponse(
            @Schema(description = "The incident's id.") UUID id,
            @Schema(description = "The current level.", example = "2") int level,
            @Schema(description = "What happened.", example = "The citizen called in crisis") String summary,
            @Schema(description = "When it happened.") Instant occurredAt,
            @Schema(description = "Who recorded it.", example = "mentor-hanne") String recordedBy,
            @Schema(description = "When it was resolved.") Instant resolvedAt,
            @Schema(description = "Who was told, step by step.") List<NotificationResponse> notifications) {

        static IncidentResponse from(Incident i) {
            return new IncidentResponse(i.id(), i.level(), i.summary(), i.occurredAt(), i.recordedBy(), i.resolvedAt(),
                    i.notifications().stream().map(n -> new NotificationResponse(n.level(), n.told(), n.toldAt())).toList());
        }
    }

    @POST
    @Idempotent
    @Operation(operationId = "reportIncident", summary = "Report an incident")
    @APIResponse(responseCode = "201", description = "Reported", content = @Content(schema = @Schema(implementation = IncidentResponse.class)))
    public Response report(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                           @Valid @NotNull IncidentRequest r,
                           @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        Incident i = incidents.report(planId, r.level(), r.summary(), r.occurredAt(), r.told() == null ? List.of() : r.told(),
                Purposes.or(purpose, "escalation"));
        return Response.created(UriBuilder.fromPath("/api/v1/plans/{p}/incidents/{i}").build(planId, i.id()))
                .entity(IncidentResponse.from(i)).build();
    }

    @POST
    @Path("{incidentId}/escalations")
    @Operation(operationId = "escalateIncident", summary = "Escalate an incident", description = "To a higher level, naming who was told.")
    @APIResponse(responseCode = "200", description = "Escalated", content = @Content(schema = @Schema(implementation = IncidentResponse.class)))
    public IncidentResponse escalate(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                                     @Parameter(description = "The incident's id") @PathParam("incidentId") UUID incidentId,
                                     @Valid @NotNull EscalationRequest r,
                                     @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        return IncidentResponse.from(incidents.escalate(planId, incidentId, r.level(),
                r.told() == null ? List.of() : r.told(), Purposes.or(purpose, "escalation")));
    }

    @POST
    @Path("{incidentId}/resolution")
    @Consumes(MediaType.WILDCARD) // no body
    @Operation(operationId = "resolveIncident", summary = "Resolve an incident")
    @APIResponse(responseCode = "200", description = "Resolved", content = @Content(schema = @Schema(implementation = IncidentResponse.class)))
    public IncidentResponse resolve(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                                    @Parameter(description = "The incident's id") @PathParam("incidentId") UUID incidentId,
                                    @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        return IncidentResponse.from(incidents.resolve(planId, incidentId, Purposes.or(purpose, "escalation")));
    }

    @GET
    @Operation(operationId = "listIncidents", summary = "List incidents", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "A page of incidents")
    public Page<IncidentResponse> list(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                                       @BeanParam PageParameters paging,
                                       @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        return incidents.list(planId, paging.request(), Purposes.or(purpose, "follow-up"), IncidentResponse::from);
    }
}
