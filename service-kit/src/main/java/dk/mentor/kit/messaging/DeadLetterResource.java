package dk.mentor.kit.messaging;

import dk.mentor.kit.access.Roles;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageParameters;
import dk.mentor.kit.api.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Events this service's consumers gave up on, for operators. */
@Path("/api/v1/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "dead-letters", description = "Events that could not be applied, with the error")
public class DeadLetterResource {

    @Inject
    EntityManager em;

    @GET
    @Operation(operationId = "listDeadLetters", summary = "List dead letters", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "A page of dead letters")
    public Page<DeadLetterResponse> list(@BeanParam PageParameters paging) {
        PageRequest request = paging.request();
        var letters = em.createQuery("select d from DeadLetter d order by d.failedAt desc, d.id", DeadLetter.class)
                .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total = em.createQuery("select count(d) from DeadLetter d", Long.class).getSingleResult();
        return Page.of(letters, request, total, DeadLetterResponse::from);
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
            @Schema(description = "How often it was tried.", example = "3") int attempts,
            @Schema(description = "When it was given up.") OffsetDateTime failedAt) {

        static DeadLetterResponse from(DeadLetter d) {
            return new DeadLetterResponse(d.id, d.consumer, d.topic, d.partition, d.offset, d.eventId, d.eventType,
                    d.error, d.attempts, d.failedAt);
        }
    }
}
