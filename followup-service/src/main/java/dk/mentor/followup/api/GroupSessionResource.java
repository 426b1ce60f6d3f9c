package dk.mentor.followup.api;

import static dk.mentor.followup.api.OpenApiComponents.PURPOSE_DOC;

import dk.mentor.followup.api.MeetingDtos.GroupSessionRequest;
import dk.mentor.followup.api.MeetingDtos.MeetingResponse;
import dk.mentor.followup.application.LogGroupSession;
import dk.mentor.followup.application.Purposes;
import dk.mentor.kit.codes.CodeLists;
import dk.mentor.kit.access.Roles;
import dk.mentor.kit.idempotency.Idempotent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/group-sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.MENTOR, Roles.INTEGRATION})
@Tag(name = "meetings", description = "Meetings and hours per legal basis; corrections are new versions")
public class GroupSessionResource {

    @Inject
    CodeLists codeLists;

    @Inject
    LogGroupSession groupSession;

    @POST
    @Idempotent
    @Operation(operationId = "logGroupSession", summary = "Log a group session", description = "One meeting per citizen's plan, the time split evenly; all or nothing.")
    @APIResponse(responseCode = "200", description = "The meetings logged, one per plan")
    public List<MeetingResponse> group(@Valid @NotNull GroupSessionRequest request,
                                       @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        return groupSession.log(request.toCommand(codeLists), Purposes.or(purpose, "logging a group session")).stream()
                .map(MeetingResponse::from).toList();
    }
}
