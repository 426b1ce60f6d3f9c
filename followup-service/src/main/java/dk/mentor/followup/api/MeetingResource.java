package dk.mentor.followup.api;

import dk.mentor.kit.codes.CodeLists;
import dk.mentor.kit.access.Roles;
import dk.mentor.kit.api.Versions;
import static dk.mentor.followup.api.OpenApiComponents.PURPOSE_DOC;

import dk.mentor.followup.api.MeetingDtos.MeetingRequest;
import dk.mentor.followup.api.MeetingDtos.MeetingResponse;
import dk.mentor.followup.application.CorrectMeeting;
import dk.mentor.followup.application.FindMeetings;
import dk.mentor.followup.application.LogMeeting;
import dk.mentor.followup.application.MeetingView;
import dk.mentor.followup.application.Purposes;
import dk.mentor.kit.idempotency.Idempotent;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageParameters;
import dk.mentor.kit.problem.ProblemException;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plans/{planId}/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.MENTOR, Roles.INTEGRATION})
@Tag(name = "meetings", description = "Meetings and hours per legal basis; corrections are new versions")
public class MeetingResource {

    @Inject
    CodeLists codeLists;

    @Inject
    LogMeeting logMeeting;
    @Inject
    CorrectMeeting correctMeeting;
    @Inject
    FindMeetings findMeetings;

    @POST
    @Idempotent
    @Operation(operationId = "logMeeting", summary = "Log a meeting", description = "Held, cancelled or missed; announced as MeetingLogged with minutes per legal basis (never the note).")
    @APIResponse(responseCode = "201", description = "Logged; ETag holds the version",
            content = @Content(schema = @Schema(implementation = MeetingResponse.class)))
    public Response log(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                        @Valid @NotNull MeetingRequest request,
                        @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        MeetingView view = logMeeting.log(planId, request.toCommand(codeLists), Purposes.or(purpose, "logging a meeting"));
        URI location = UriBuilder.fromPath("/api/v1/plans/{p}/meetings/{m}").build(planId, view.meeting().meetingId());
        return Versions.created(location, MeetingResponse.from(view), view.meeting().version());
    }

    @PUT
    @Path("{meetingId}")
    @Operation(operationId = "correctMeeting", summary = "Correct a meeting", description = "Adds the next version and keeps the old one; announced as MeetingCorrected. Needs If-Match and a correctionReason.")
    @APIResponse(responseCode = "200", description = "The new version; ETag holds it",
            content = @Content(schema = @Schema(implementation = MeetingResponse.class)))
    public Response correct(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                            @Parameter(description = "The meeting's id") @PathParam("meetingId") UUID meetingId,
                            @Parameter(description = "The ETag (version) of the meeting corrected") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull MeetingRequest request,
                            @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        if (request.correctionReason() == null || request.correctionReason().isBlank()) {
            throw ProblemException.invalidField("correctionReason", "is required on a correction");
        }
        MeetingView view = correctMeeting.correct(planId, meetingId, ifMatch, request.toCommand(codeLists), request.correctionReason(),
                Purposes.or(purpose, "correcting a meeting"));
        return Versions.ok(MeetingResponse.from(view), view.meeting().version());
    }

    @GET
    @Operation(operationId = "listMeetings", summary = "List meetings", description = "Current versions, newest first.")
    @APIResponse(responseCode = "200", description = "A page of meetings")
    public Page<MeetingResponse> list(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                                      @BeanParam PageParameters paging,
                                      @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        return findMeetings.current(planId, paging.request(), Purposes.or(purpose, "follow-up"), MeetingResponse::from);
    }

    @GET
    @Path("{meetingId}")
    @Operation(operationId = "getMeeting", summary = "Get a meeting", description = "The current version.")
    @APIResponse(responseCode = "200", description = "The meeting; ETag holds its version",
            content = @Content(schema = @Schema(implementation = MeetingResponse.class)))
    public Response get(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                        @Parameter(description = "The meeting's id") @PathParam("meetingId") UUID meetingId,
                        @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        MeetingView view = findMeetings.one(planId, meetingId, Purposes.or(purpose, "follow-up"));
        return Versions.ok(MeetingResponse.from(view), view.meeting().version());
    }

    @GET
    @Path("{meetingId}/versions")
    @Operation(operationId = "listMeetingVersions", summary = "List a meeting's versions", description = "Every version, first to current.")
    @APIResponse(responseCode = "200", description = "The versions")
    public List<MeetingResponse> versions(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                                          @Parameter(description = "The meeting's id") @PathParam("meetingId") UUID meetingId,
                                          @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        return findMeetings.versions(planId, meetingId, Purposes.or(purpose, "follow-up")).stream()
                .map(MeetingResponse::from).toList();
    }
}
