package dk.mentor.catalog.api;

import dk.mentor.catalog.application.CoordinatorHotline;
import dk.mentor.catalog.application.CoordinatorWorkload;
import dk.mentor.catalog.application.ManageCoordinators;
import dk.mentor.catalog.domain.CoordinationHours;
import dk.mentor.catalog.domain.Coordinator;
import dk.mentor.catalog.domain.CoordinatorAssignment;
import dk.mentor.catalog.domain.CoordinatorContact;
import dk.mentor.kit.access.Roles;
import dk.mentor.kit.api.InvalidParameterException;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

@Path("/api/v1/coordinators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "coordinators", description = "Mentor coordinators: their mentors, hours against the norm and the mentors' hotline")
public class CoordinatorResource {

    private static final int MAX_WEEKS = 53;

    @Inject
    ManageCoordinators coordinators;

    @Inject
    CoordinatorWorkload workload;

    @Inject
    CoordinatorHotline hotline;

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "createCoordinator", summary = "Register a coordinator", description = "In a municipality the caller acts for.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = CoordinatorDtos.CoordinatorResponse.class)))
    public Response create(@Valid @NotNull CoordinatorDtos.NewCoordinator request, @Context UriInfo uri) {
        MentorRequest.requireMunicipality("municipality", request.municipality());
        Coordinator c = coordinators.appoint(request.municipality(), request.displayName().strip(), request.username());
        return Response.created(uri.getAbsolutePathBuilder().path(c.id().toString()).build())
                .entity(CoordinatorDtos.CoordinatorResponse.from(c)).build();
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "listCoordinators", summary = "List coordinators", description = "Of the caller's municipalities, by name.")
    @APIResponse(responseCode = "200", description = "A page of coordinators")
    public Page<CoordinatorDtos.CoordinatorResponse> list(@BeanParam PageParameters paging) {
        return coordinators.page(paging.request(), CoordinatorDtos.CoordinatorResponse::from);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "getCoordinator", summary = "Get a coordinator")
    @APIResponse(responseCode = "200", description = "The coordinator",
            content = @Content(schema = @Schema(implementation = CoordinatorDtos.CoordinatorResponse.class)))
    public CoordinatorDtos.CoordinatorResponse get(@Parameter(description = "The coordinator's id") @PathParam("id") UUID id) {
        return CoordinatorDtos.CoordinatorResponse.from(coordinators.byId(id));
    }

    @POST
    @Path("{id}/assignments")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "assignMentorToCoordinator", summary = "Assign a mentor to the coordinator",
            description = "From a day on; the mentor's previous coordinator ends the day before (one fixed contact person at a time).")
    @APIResponse(responseCode = "201", description = "Assigned",
            content = @Content(schema = @Schema(implementation = CoordinatorDtos.AssignmentResponse.class)))
    public Response assign(@Parameter(description = "The coordinator's id") @PathParam("id") UUID id,
                           @Valid @NotNull CoordinatorDtos.NewAssignment request) {
        CoordinatorAssignment a = coordinators.assign(id, request.mentorId(), request.from());
        return Response.status(Response.Status.CREATED).entity(CoordinatorDtos.AssignmentResponse.from(a)).build();
    }

    @GET
    @Path("{id}/assignments")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "listCoordinatorAssignments", summary = "List the coordinator's assignments",
            description = "Ended ones too, newest first.")
    @APIResponse(responseCode = "200", description = "A page of assignments")
    public Page<CoordinatorDtos.AssignmentResponse> assignments(@Parameter(description = "The coordinator's id") @PathParam("id") UUID id,
                                                                @BeanParam PageParameters paging) {
        return coordinators.assignments(id, paging.request(), CoordinatorDtos.AssignmentResponse::from);
    }

    @POST
    @Path("{id}/hours")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "logCoordinationHours", summary = "Log the coordinator's hours for a day",
            description = "Coordination or teaching; the norm compares coordination only when it excludes teaching.")
    @APIResponse(responseCode = "201", description = "Logged",
            content = @Content(schema = @Schema(implementation = CoordinatorDtos.HoursResponse.class)))
    public Response logHours(@Parameter(description = "The coordinator's id") @PathParam("id") UUID id,
                             @Valid @NotNull CoordinatorDtos.NewHours request) {
        CoordinationHours h = workload.logHours(id, request.workedOn(), request.kind(), request.hours());
        return Response.status(Response.Status.CREATED).entity(CoordinatorDtos.HoursResponse.from(h)).build();
    }

    @GET
    @Path("{id}/workload")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "getCoordinatorWorkload", summary = "The coordinator's workload against the norm",
            description = "Mentors assigned today, the norm in force, and the hours of this and the previous weeks with the verdict.")
    @APIResponse(responseCode = "200", description = "The workload",
            content = @Content(schema = @Schema(implementation = CoordinatorDtos.WorkloadResponse.class)))
    public CoordinatorDtos.WorkloadResponse workload(@Parameter(description = "The coordinator's id") @PathParam("id") UUID id,
                                                     @Parameter(description = "How many weeks, this week included (1-53, default 2)",
                                                             example = "2") @QueryParam("weeks") Integer weeks) {
        int count = weeks == null ? 2 : weeks;
        if (count < 1 || count > MAX_WEEKS) {
            throw new InvalidParameterException("weeks", "must be between 1 and " + MAX_WEEKS);
        }
        return CoordinatorDtos.WorkloadResponse.from(workload.workload(id, count));
    }

    @POST
    @Path("{id}/contacts")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "logHotlineContact", summary = "Log a contact on the mentors' hotline",
            description = "The note is shown only to the municipality's coordinators; it never appears in an event or a log.")
    @APIResponse(responseCode = "201", description = "Logged",
            content = @Content(schema = @Schema(implementation = CoordinatorDtos.ContactResponse.class)))
    public Response logContact(@Parameter(description = "The coordinator's id") @PathParam("id") UUID id,
                               @Valid @NotNull CoordinatorDtos.NewContact request) {
        CoordinatorContact c = hotline.log(id, request.toContact());
        return Response.status(Response.Status.CREATED).entity(CoordinatorDtos.ContactResponse.from(c)).build();
    }

    @GET
    @Path("{id}/contacts")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "listHotlineContacts", summary = "List the coordinator's hotline contacts", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "A page of contacts")
    public Page<CoordinatorDtos.ContactResponse> contacts(@Parameter(description = "The coordinator's id") @PathParam("id") UUID id,
                                                          @Parameter(description = "Only contacts that need (true) or do not need (false) follow-up",
                                                                  example = "true") @QueryParam("followUpNeeded") Boolean followUpNeeded,
                                                          @BeanParam PageParameters paging) {
        return hotline.contacts(id, followUpNeeded, paging.request(), CoordinatorDtos.ContactResponse::from);
    }
}
