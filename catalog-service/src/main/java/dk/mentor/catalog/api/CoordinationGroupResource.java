package dk.mentor.catalog.api;

import dk.mentor.catalog.application.CoordinationGroups;
import dk.mentor.catalog.domain.CoordinationGroup;
import dk.mentor.kit.access.Roles;
import dk.mentor.kit.idempotency.Idempotent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/volunteer-programmes/{id}/groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "volunteer-programmes")
public class CoordinationGroupResource {

    @Inject
    CoordinationGroups groups;

    @POST
    @Idempotent
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "formCoordinationGroup", summary = "Form a coordination group",
            description = "Led by a coordinator of the caller's municipality, which the programme must serve.")
    @APIResponse(responseCode = "201", description = "Formed",
            content = @Content(schema = @Schema(implementation = CoordinationGroupDtos.GroupResponse.class)))
    public Response form(@Parameter(description = "The programme's id") @PathParam("id") UUID id,
                         @Valid @NotNull CoordinationGroupDtos.NewGroup request) {
        CoordinationGroup g = groups.form(id, request.name().strip(), request.coordinatorId());
        return Response.status(Response.Status.CREATED)
                .entity(CoordinationGroupDtos.GroupResponse.from(new CoordinationGroups.View(g, List.of()))).build();
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "listCoordinationGroups", summary = "List the programme's coordination groups",
            description = "Of the caller's municipalities, with their volunteers.")
    @APIResponse(responseCode = "200", description = "The groups")
    public List<CoordinationGroupDtos.GroupResponse> list(@Parameter(description = "The programme's id") @PathParam("id") UUID id) {
        return groups.groups(id).stream().map(CoordinationGroupDtos.GroupResponse::from).toList();
    }

    @POST
    @Idempotent
    @Path("{groupId}/members")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "addCoordinationGroupMember", summary = "Add a volunteer to the group",
            description = "A volunteer of the group's municipality; one group at a time, so this moves them from another.")
    @APIResponse(responseCode = "200", description = "The group with its volunteers",
            content = @Content(schema = @Schema(implementation = CoordinationGroupDtos.GroupResponse.class)))
    public CoordinationGroupDtos.GroupResponse join(@Parameter(description = "The programme's id") @PathParam("id") UUID id,
                                                    @Parameter(description = "The group's id") @PathParam("groupId") UUID groupId,
                                                    @Valid @NotNull CoordinationGroupDtos.NewMember request) {
        return CoordinationGroupDtos.GroupResponse.from(groups.join(id, groupId, request.entryId()));
    }

    @POST
    @Idempotent
    @Path("{groupId}/meetings")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "recordCoordinationGroupMeeting", summary = "Record a group meeting",
            description = "The day, the topic and the members who attended.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = CoordinationGroupDtos.MeetingResponse.class)))
    public Response meeting(@Parameter(description = "The programme's id") @PathParam("id") UUID id,
                            @Parameter(description = "The group's id") @PathParam("groupId") UUID groupId,
                            @Valid @NotNull CoordinationGroupDtos.NewMeeting request) {
        return Response.status(Response.Status.CREATED).entity(CoordinationGroupDtos.MeetingResponse.from(
                groups.meeting(id, groupId, request.heldOn(), request.topic().strip(), request.attendeeEntryIds()))).build();
    }

    @GET
    @Path("{groupId}/meetings")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "listCoordinationGroupMeetings", summary = "List the group's meetings", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "The meetings")
    public List<CoordinationGroupDtos.MeetingResponse> meetings(@Parameter(description = "The programme's id") @PathParam("id") UUID id,
                                                                @Parameter(description = "The group's id") @PathParam("groupId") UUID groupId) {
        return groups.meetings(id, groupId).stream().map(CoordinationGroupDtos.MeetingResponse::from).toList();
    }
}
