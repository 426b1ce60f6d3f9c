package dk.mentor.followup.api;

import static dk.mentor.followup.api.OpenApiComponents.PURPOSE_DOC;

import dk.mentor.followup.application.Purposes;
import dk.mentor.followup.application.RecordFollowUp;
import dk.mentor.followup.domain.Alert;
import dk.mentor.followup.domain.FollowUp;
import dk.mentor.kit.access.Roles;
import dk.mentor.kit.idempotency.Idempotent;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plans/{planId}/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.MENTOR, Roles.INTEGRATION})
@Tag(name = "follow-up", description = "The follow-up schedule: recorded follow-ups and the alerts of what is due")
public class FollowUpResource {

    @Inject
    RecordFollowUp followUps;

    @Schema(name = "FollowUpRequest", description = "A follow-up that was done; it clears the matching alert.")
    public record FollowUpRequest(
            @Schema(ref = OpenApiComponents.FOLLOW_UP_KIND, required = true, description = "Which follow-up.",
                    example = "QUARTERLY_REGISTRATION") @NotNull FollowUp.Kind kind,
            @Schema(description = "The mentor's participation; required for a mentorship follow-up or midway evaluation.") UUID participantId,
            @Schema(description = "The day it was done; today if empty.", example = "2027-02-02") LocalDate doneOn,
            @Schema(description = "Checklist answers, e.g. attendance, responsibility, support received (seed 003 p.4, 002 p.15).",
                    example = "{\"companyMentorSupport\": \"yes\", \"newParallelEfforts\": \"no\"}") Map<String, @Size(max = 2000) String> answers,
            @Schema(description = "A short summary.", example = "Placement extended to 20 hours") @Size(max = 4000) String summary) {
    }

    @Schema(name = "FollowUp", description = "A recorded follow-up.")
    public record FollowUpResponse(
            @Schema(description = "The follow-up's id.") UUID id,
            @Schema(ref = OpenApiComponents.FOLLOW_UP_KIND, description = "Which follow-up.", example = "QUARTERLY_REGISTRATION")
            FollowUp.Kind kind,
            @Schema(description = "The participation it was about.") UUID participantId,
            @Schema(description = "The day it was done.", example = "2027-02-02") LocalDate doneOn,
            @Schema(description = "Checklist answers.", example = "{\"companyMentorSupport\": \"yes\"}") Map<String, String> answers,
            @Schema(description = "The summary.", example = "Placement extended") String summary,
            @Schema(description = "Who recorded it.", example = "coordinator-aarhus") String recordedBy,
            @Schema(description = "When.") Instant recordedAt) {

        static FollowUpResponse from(FollowUp f) {
            return new FollowUpResponse(f.id(), f.kind(), f.participantId(), f.doneOn(), f.answers(), f.summary(),
                    f.recordedBy(), f.recordedAt());
        }
    }

    @Schema(name = "Alert", description = "Something due or overdue on a plan.")
    public record AlertResponse(
            @Schema(ref = OpenApiComponents.ALERT_KIND, description = "What is due.", example = "MEETING_OVERDUE") Alert.Kind kind,
            @Schema(description = "The plan.") UUID planId,
            @Schema(description = "The owning municipality.", example = "0751") String municipality,
            @Schema(description = "The participation concerned.") UUID participantId,
            @Schema(description = "The mentor agreement concerned.") UUID agreementId,
            @Schema(description = "The day it fell or falls due.", example = "2026-11-17") LocalDate dueOn,
            @Schema(description = "What it is about.", example = "No meeting held since 2026-11-10 (every 7 days)") String detail) {

        static AlertResponse from(Alert a) {
            return new AlertResponse(a.kind(), a.planId(), a.municipality(), a.participantId(), a.agreementId(), a.dueOn(), a.detail());
        }
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.INTEGRATION})
    @Operation(operationId = "recordFollowUp", summary = "Record a follow-up", description = "1/3/6-month follow-up of a mentorship, 3-monthly registration or midway evaluation.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = FollowUpResponse.class)))
    public Response record(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                           @Valid @NotNull FollowUpRequest r,
                           @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        FollowUp f = followUps.record(planId, new RecordFollowUp.Command(r.kind(), r.participantId(), r.doneOn(), r.answers(),
                r.summary()), Purposes.or(purpose, "follow-up"));
        return Response.created(UriBuilder.fromPath("/api/v1/plans/{p}/follow-ups/{f}").build(planId, f.id()))
                .entity(FollowUpResponse.from(f)).build();
    }

    @GET
    @Operation(operationId = "listFollowUps", summary = "List follow-ups", description = "Oldest first.")
    @APIResponse(responseCode = "200", description = "A page of follow-ups")
    public Page<FollowUpResponse> list(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                                       @BeanParam PageParameters paging,
                                       @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        return followUps.list(planId, paging.request(), Purposes.or(purpose, "follow-up"), FollowUpResponse::from);
    }
}
