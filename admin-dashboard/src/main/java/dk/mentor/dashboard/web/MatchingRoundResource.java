package dk.mentor.dashboard.web;

import dk.mentor.dashboard.application.MatchingQueries;
import dk.mentor.dashboard.application.MatchingRound;
import dk.mentor.dashboard.application.Page;
import dk.mentor.dashboard.application.RoundView;
import dk.mentor.dashboard.application.Section;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Running a matching round over the open referrals of the coordinator's municipalities, and the round's
 * proposals to review; the latest rounds are listed under the form.
 */
@Path("/matching-rounds")
@Produces(MediaType.TEXT_HTML)
public class MatchingRoundResource {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance start(List<String> municipalities, List<String> chosen, String maxPerMentor,
                                             String idempotencyKey, String error, Section<Page<MatchingRound>> recent);

        static native TemplateInstance round(RoundView view);
    }

    @Inject
    MatchingQueries matching;

    @Inject
    CurrentUser user;

    @Inject
    Pages pages;

    @GET
    public TemplateInstance form() {
        List<String> mine = user.viewer().municipalities();
        return pages.page(Templates.start(mine, mine, "", UUID.randomUUID().toString(), null,
                matching.recentRounds(user.accessToken())), "rounds");
    }

    /**
     * Runs the round with the form's Idempotency-Key, so a double click runs it once. Ran: to the round
     * (303). Refused: the form again with what was chosen, the same key and why, as 409 or 422.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response run(@FormParam("municipality") List<String> municipalities, @FormParam("maxPerMentor") String maxPerMentor,
                        @FormParam("idempotencyKey") String idempotencyKey) {
        List<String> chosen = municipalities == null ? List.of() : municipalities;
        Integer cap = parseCap(maxPerMentor);
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID().toString() : idempotencyKey;
        Section<UUID> round = chosen.isEmpty() ? new Section<>(null, "round_error_none", false)
                : matching.runRound(chosen, cap, key, user.accessToken());
        if (round.isAvailable()) {
            return Response.seeOther(URI.create("/matching-rounds/" + round.value())).build();
        }
        return Response.status(status(round.messageKey()))
                .entity(pages.page(Templates.start(user.viewer().municipalities(), chosen, maxPerMentor == null ? "" : maxPerMentor,
                        key, round.messageKey(), matching.recentRounds(user.accessToken())), "rounds")).build();
    }

    @GET
    @Path("/{id}")
    public Response round(@PathParam("id") UUID id, @QueryParam("page") @DefaultValue("0") int page) {
        RoundView view = matching.round(id, page, user.accessToken());
        if (view.notFound()) {
            return NotFound.page(pages);
        }
        return Response.ok(pages.page(Templates.round(view), "rounds")).build();
    }

    private static int status(String messageKey) {
        return switch (messageKey) {
            case "unavailable_matching" -> 503;
            case "problem_invalid", "round_error_none" -> 400;
            case "problem_forbidden" -> 403;
            case "problem_conflict" -> 409;
            default -> 422;
        };
    }

    /** A blank cap leaves matching-service's default; text that is no number is sent as -1, which it refuses (400) with the field named. */
    private static Integer parseCap(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
