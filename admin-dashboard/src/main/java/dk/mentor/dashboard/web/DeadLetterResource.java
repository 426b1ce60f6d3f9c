package dk.mentor.dashboard.web;

import dk.mentor.dashboard.application.DeadLetterQueries;
import dk.mentor.dashboard.application.ReplayOutcome;
import dk.mentor.dashboard.application.ServiceDeadLetters;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/**
 * The admin's dead letters of all four services in one list, and replaying one once its cause is
 * fixed. The services decide (only an admin may list or replay); the page shows what they answer.
 */
@Path("/dead-letters")
@Produces(MediaType.TEXT_HTML)
public class DeadLetterResource {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance deadLetters(List<ServiceDeadLetters> services, String state, List<String> states,
                                                   ReplayOutcome result, String replayKey);
    }

    @Inject
    DeadLetterQueries deadLetters;

    @Inject
    CurrentUser user;

    @Inject
    Pages pages;

    @GET
    public TemplateInstance list(@QueryParam("state") String state) {
        return page(state(state), null);
    }

    /**
     * Replays one dead letter (the button asks for confirmation first) and shows the list again with
     * the result on top; htmx swaps in the list only. The Idempotency-Key comes from the page, so a
     * double click replays once.
     */
    @POST
    @Path("/{service}/{id}/replay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance replay(@PathParam("service") String service, @PathParam("id") UUID id,
                                   @FormParam("state") String state, @FormParam("idempotencyKey") String key) {
        ReplayOutcome result = deadLetters.replay(service, id, MeetingForm.key(key), user.accessToken());
        return page(state(state), result);
    }

    private TemplateInstance page(String state, ReplayOutcome result) {
        return pages.page(Templates.deadLetters(deadLetters.deadLetters(state, user.accessToken()), state,
                DeadLetterQueries.STATES, result, UUID.randomUUID().toString()), "dead-letters");
    }

    private static String state(String state) {
        // List.of(...).contains(null) throws, and a first visit has no state
        return state != null && DeadLetterQueries.STATES.contains(state) ? state : "WAITING";
    }
}
