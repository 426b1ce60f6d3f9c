package dk.mentor.followup.api;

import static dk.mentor.followup.api.OpenApiComponents.PURPOSE_DOC;

import dk.mentor.followup.application.Purposes;
import dk.mentor.followup.application.RecordProgression;
import dk.mentor.followup.domain.Dimension;
import dk.mentor.followup.domain.Progression;
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

@Path("/api/v1/plans/{planId}/progressions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.MENTOR, Roles.INTEGRATION})
@Tag(name = "progression", description = "The 1-10 labour-market rating, its follow-up questions and dimension scores")
public class ProgressionResource {

    @Inject
    RecordProgression progressions;

    @Schema(name = "ProgressionRequest", description = "One rating (seed 000 p.27).")
    public record ProgressionRequest(
            @Schema(description = "The day of the rating; today if empty.", example = "2026-12-01") LocalDate ratedOn,
            @Schema(description = "Where are you relative to the labour market, 1 to 10.", example = "4") int labourMarketScore,
            @Schema(description = "What is needed to move one step up the scale?", example = "A driving licence") @Size(max = 4000) String nextStep,
            @Schema(description = "How can I as mentor support you in that?", example = "Practise the theory test together")
            @Size(max = 4000) String mentorSupport,
            @Schema(description = "Scores 1 to 10 by dimension; leave out those not rated.", example = "{\"MOTIVATION\": 6, \"HEALTH\": 4}")
            Map<Dimension, Integer> dimensions) {
    }

    @Schema(name = "Progression", description = "One rating.")
    public record ProgressionResponse(
            @Schema(description = "The rating's id.") UUID id,
            @Schema(description = "The day.", example = "2026-12-01") LocalDate ratedOn,
            @Schema(description = "The labour-market score.", example = "4") int labourMarketScore,
            @Schema(description = "Answer to: what is needed to move one step up?", example = "A driving licence") String nextStep,
            @Schema(description = "Answer to: how can the mentor support?", example = "Practise the theory test") String mentorSupport,
            @Schema(description = "Dimension scores.", example = "{\"MOTIVATION\": 6}") Map<Dimension, Integer> dimensions,
            @Schema(description = "Who recorded it.", example = "mentor-hanne") String recordedBy,
            @Schema(description = "When it was recorded.") Instant recordedAt) {

        static ProgressionResponse from(Progression p) {
            return new ProgressionResponse(p.id(), p.ratedOn(), p.labourMarketScore(), p.nextStep(), p.mentorSupport(),
                    p.dimensions(), p.recordedBy(), p.recordedAt());
        }
    }

    @POST
    @Idempotent
    @Operation(operationId = "recordProgression", summary = "Record a progression rating", description = "Announced as ProgressionRecorded, scores only.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = ProgressionResponse.class)))
    public Response record(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                           @Valid @NotNull ProgressionRequest r,
                           @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        Progression p = progressions.record(planId, new RecordProgression.Command(r.ratedOn(), r.labourMarketScore(),
                r.nextStep(), r.mentorSupport(), r.dimensions()), Purposes.or(purpose, "progression rating"));
        return Response.created(UriBuilder.fromPath("/api/v1/plans/{p}/progressions/{r}").build(planId, p.id()))
                .entity(ProgressionResponse.from(p)).build();
    }

    @GET
    @Operation(operationId = "listProgressions", summary = "List progression ratings", description = "Oldest first, so the list is the trend over time.")
    @APIResponse(responseCode = "200", description = "A page of ratings")
    public Page<ProgressionResponse> list(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                                          @BeanParam PageParameters paging,
                                          @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        return progressions.list(planId, paging.request(), Purposes.or(purpose, "follow-up"), ProgressionResponse::from);
    }
}
