package dk.mentor.kit.messaging;

import dk.mentor.kit.access.Caller;
import dk.mentor.kit.access.Roles;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageParameters;
import dk.mentor.kit.api.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Events this service's consumers gave up on, for operators, and their replay once the cause is fixed. */
@Path("/api/v1/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "dead-letters", description = "Events that could not be applied, with the error")
public class DeadLetterResource {

    /** Which dead letters a list shows. */
    public enum State { WAITING, REPLAYED }

    @Inject
    EntityManager em;

    @Inject
    DeadLetterReplay replay;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listDeadLetters", summary = "List dead letters", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "A page of dead letters")
    public Page<DeadLetterResponse> list(
            @Parameter(description = "Only those still waiting, or only those replayed; all when absent")
            @QueryParam("state") State state,
            @BeanParam PageParameters paging) {
        PageRequest request = paging.request();
        String where = state == null ? "" : state == State.WAITING ? " where d.replayedAt is null" : " where d.replayedAt is not null";
        var letters = em.createQuery("select d from DeadLetter d" + where + " order by d.failedAt desc, d.id", DeadLetter.class)
                .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total = em.createQuery("select count(d) from DeadLetter d" + where, Long.class).getSingleResult();
        return Page.of(letters, request, total, DeadLetterResponse::from);
    }

    @POST
    @Path("/{id}/replay")
    @Operation(operationId = "replayDeadLetter", summary = "Replay a dead letter",
            description = "Runs the event through the consumer that gave up on it, once its cause is fixed. The effect and "
                    + "the replayed mark commit together; an event applied meanwhile is only marked. If the event still "
                    + "fails, the answer is 409 with the error and the dead letter keeps waiting.")
    @APIResponse(responseCode = "200", description = "The dead letter, now replayed")
    @APIResponse(responseCode = "404", description = "No such dead letter")
    @APIResponse(responseCode = "409", description = "Replayed already, no event id, no such consumer here, or it fails again")
    public ReplayResponse replay(@PathParam("id") UUID id) {
        DeadLetterReplay.Outcome outcome = replay.replay(id, caller.username());
        return new ReplayResponse(outcome, DeadLetterResponse.from(em.find(DeadLetter.class, id)));
    }

    @Schema(name = "DeadLetterReplay", description = "What a replay did.")
    public record ReplayResponse(
            @Schema(description = "APPLIED, or ALREADY_APPLIED when the event had reached the consumer again meanwhile")
            DeadLetterReplay.Outcome outcome,
            @Schema(description = "The dead letter after the replay, with when and by whom.") DeadLetterResponse deadLetter) {
    }

    @Schema(name = "DeadLetter", description = "An event a consumer could not apply.")
    public record DeadLetterResponse(
            @Schema(description = "Id of the dead letter.") UUID id,
            @Schema(description = "The consumer that gave up.", example = "matching-service.mentor-events") String consumer,
            @Schema(description = "Topic of the event.", example = "catalog.mentor.v1") String topic,
            @Schema(description = "Partition of the event.", example = "0") int partition,
            @Schema(description = "Offset of the event.", example = "42") long offset,
            @Schema(description = "CloudEvents id of the event.") String eventId,
            @Schema(description = "CloudEvents type of the event.", example = "dk.mentor.catalog.MentorRegistered.v1") String eventType,
            @Schema(description = "The last error.") String error,
            @Schema(description = "How often it was tried, replays included.", example = "3") int attempts,
            @Schema(description = "When it was given up.") OffsetDateTime failedAt,
            @Schema(description = "When it was replayed; absent while it waits.") OffsetDateTime replayedAt,
            @Schema(description = "Who replayed it.") String replayedBy) {

        static DeadLetterResponse from(DeadLetter d) {
            return new DeadLetterResponse(d.id, d.consumer, d.topic, d.partition, d.offset, d.eventId, d.eventType,
                    d.error, d.attempts, d.failedAt, d.replayedAt, d.replayedBy);
        }
    }
}
