package dk.mentor.catalog.api;

import dk.mentor.catalog.application.ManageTraining;
import dk.mentor.catalog.domain.TrainingCourse;
import dk.mentor.catalog.domain.TrainingSession;
import dk.mentor.kit.access.Roles;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "training", description = "Mentor training: courses, sessions, attendance and cost")
public class TrainingResource {

    @Inject
    ManageTraining training;

    @POST
    @Path("training-courses")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "createTrainingCourse", summary = "Create a training course", description = "Organised and paid by a municipality the caller acts for.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = TrainingDtos.CourseResponse.class)))
    public Response createCourse(@Valid @NotNull TrainingDtos.NewCourse request, @Context UriInfo uri) {
        MentorRequest.requireMunicipality("organiserMunicipality", request.organiserMunicipality());
        TrainingCourse c = training.createCourse(request.organiserMunicipality(), request.kind(), request.title().strip(),
                request.description());
        return Response.created(uri.getAbsolutePathBuilder().path(c.id().toString()).build())
                .entity(TrainingDtos.CourseResponse.from(c)).build();
    }

    @GET
    @Path("training-courses")
    @RolesAllowed({Roles.COORDINATOR, Roles.CASEWORKER})
    @Operation(operationId = "listTrainingCourses", summary = "List training courses", description = "Organised by the caller's municipalities, by title.")
    @APIResponse(responseCode = "200", description = "A page of courses")
    public Page<TrainingDtos.CourseResponse> courses(@BeanParam PageParameters paging) {
        return training.courses(paging.request(), TrainingDtos.CourseResponse::from);
    }

    @GET
    @Path("training-courses/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.CASEWORKER})
    @Operation(operationId = "getTrainingCourse", summary = "Get a training course")
    @APIResponse(responseCode = "200", description = "The course",
            content = @Content(schema = @Schema(implementation = TrainingDtos.CourseResponse.class)))
    public TrainingDtos.CourseResponse course(@Parameter(description = "The course's id") @PathParam("id") UUID id) {
        return TrainingDtos.CourseResponse.from(training.course(id));
    }

    @POST
    @Path("training-courses/{id}/sessions")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "addTrainingSession", summary = "Add a session to a course")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = TrainingDtos.SessionResponse.class)))
    public Response addSession(@PathParam("id") UUID id, @Valid @NotNull TrainingDtos.NewSession request) {
        TrainingSession s = training.planSession(id, request.heldOn(), request.hours(), request.costPerParticipant(),
                request.place());
        return Response.status(Response.Status.CREATED).entity(TrainingDtos.SessionResponse.from(s)).build();
    }

    @GET
    @Path("training-courses/{id}/sessions")
    @RolesAllowed({Roles.COORDINATOR, Roles.CASEWORKER})
    @Operation(operationId = "listTrainingSessions", summary = "List a course's sessions", description = "By day, then id.")
    @APIResponse(responseCode = "200", description = "A page of sessions")
    public Page<TrainingDtos.SessionResponse> sessions(@PathParam("id") UUID id,
                                                       @BeanParam PageParameters paging) {
        return Page.slice(training.sessionsOf(id), paging.request(), TrainingDtos.SessionResponse::from);
    }

    @POST
    @Path("training-sessions/{id}/attendances")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "recordAttendance", summary = "Record that a mentor attended", description = "Announces TrainingAttended, with the cost per"
            + " participant, on catalog.training.v1.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = TrainingDtos.AttendanceResponse.class)))
    public Response attend(@PathParam("id") UUID id, @Valid @NotNull TrainingDtos.NewAttendance request) {
        return Response.status(Response.Status.CREATED).entity(TrainingDtos.AttendanceResponse.from(
                training.recordAttendance(id, request.mentorId(), request.hours()))).build();
    }

    @GET
    @Path("training-sessions/{id}/attendances")
    @RolesAllowed({Roles.COORDINATOR, Roles.CASEWORKER})
    @Operation(operationId = "listAttendances", summary = "List a session's attendances", description = "By time recorded, then id.")
    @APIResponse(responseCode = "200", description = "A page of attendances")
    public Page<TrainingDtos.AttendanceResponse> attendances(@PathParam("id") UUID id,
                                                             @BeanParam PageParameters paging) {
        return training.attendancesOf(id, paging.request(), TrainingDtos.AttendanceResponse::from);
    }
}
