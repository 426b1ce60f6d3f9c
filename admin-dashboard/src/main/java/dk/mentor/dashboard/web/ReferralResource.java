package dk.mentor.dashboard.web;

import dk.mentor.dashboard.application.FormOutcome;
import dk.mentor.dashboard.application.MatchingQueries;
import dk.mentor.dashboard.application.Page;
import dk.mentor.dashboard.application.Referral;
import dk.mentor.dashboard.application.ReferralSteps;
import dk.mentor.dashboard.application.ReferralView;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The coordinator's referral queue and waiting list (matching-service's referrals, oldest first, with
 * the reasons a waiting one waits), and a referral's ranked shortlist with each criterion's points.
 */
@Path("/referrals")
@Produces(MediaType.TEXT_HTML)
public class ReferralResource {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance referrals(Section<Page<Referral>> referrals, String status, List<String> statuses);

        static native TemplateInstance referral(ReferralView view, FormState<Map<String, String>> step, StepCodes codes);
    }

    /** The codes the steps' forms offer: matching-service's ChosenBy and Answer, and the shared MeetingPlace. */
    public record StepCodes(List<String> chosenBy, List<String> places, List<String> answers) {
    }

    static final StepCodes CODES = new StepCodes(List.of("CITIZEN", "CASEWORKER"), MeetingForm.PLACES,
            List.of("YES", "NO"));

    @Inject
    MatchingQueries matching;

    @Inject
    ReferralSteps steps;

    @Inject
    CurrentUser user;

    @Inject
    Pages pages;

    @GET
    public TemplateInstance list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("status") String status) {
        Optional<String> chosen = Optional.ofNullable(status).filter(MatchingQueries.REFERRAL_STATUSES::contains);
        return pages.page(Templates.referrals(matching.referrals(chosen, page, user.accessToken()), chosen.orElse(""),
                MatchingQueries.REFERRAL_STATUSES), "referrals");
    }

    @GET
    @Path("/{id}")
    public Response referral(@PathParam("id") UUID id) {
        return show(matching.referral(id, user.accessToken()), FormState.fresh(Map.of()), Response.Status.OK.getStatusCode());
    }

    /** The citizen's choice among the open proposals. */
    @POST
    @Path("/{id}/choice")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        return stepDone(id, fields, steps.choose(id, version(fields), fields.getFirst("proposalId"), fields.getFirst("chosenBy"),
                user.accessToken()));
    }

    /** The three-party meeting's time and place. */
    @POST
    @Path("/{id}/meeting")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response meeting(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        return stepDone(id, fields, steps.meeting(id, version(fields), fields.getFirst("at"), fields.getFirst("place"),
                user.accessToken()));
    }

    /** One party's yes or no after the meeting; a no lets the citizen choose again. */
    @POST
    @Path("/{id}/meeting-answers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        return stepDone(id, fields, steps.answer(id, version(fields), fields.getFirst("party"), fields.getFirst("answer"),
                fields.getFirst("reason"), user.accessToken()));
    }

    /** Done: back to the referral (303), which shows what its status allows next. Refused: the page with why. */
    private Response stepDone(UUID id, MultivaluedMap<String, String> fields, FormOutcome outcome) {
        if (outcome.succeeded()) {
            return Response.seeOther(URI.create("/referrals/" + id + "#steps")).build();
        }
        Map<String, String> typed = new java.util.HashMap<>();
        fields.forEach((name, values) -> typed.put(name, values.isEmpty() ? "" : values.get(0)));
        return show(matching.referral(id, user.accessToken()), FormState.refused(typed, "", outcome), outcome.status());
    }

    private static long version(MultivaluedMap<String, String> fields) {
        try {
            return Long.parseLong(fields.getFirst("version"));
        } catch (NumberFormatException e) {
            return -1; // matching-service refuses a version it never had (412), and the page says the referral changed
        }
    }

    /**
     * Ranks the referral as read on its page (If-Match). Ranked: back to the referral (303, so a reload
     * does not rank again). Refused: the page again with why, as 409.
     */
    @POST
    @Path("/{id}/shortlist")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response shortlist(@PathParam("id") UUID id, @FormParam("version") long version) {
        Optional<String> refused = matching.shortlist(id, version, user.accessToken());
        if (refused.isEmpty()) {
            return Response.seeOther(URI.create("/referrals/" + id + "#shortlist")).build();
        }
        return show(matching.referral(id, user.accessToken()).withShortlistError(refused.get()), FormState.fresh(Map.of()),
                Response.Status.CONFLICT.getStatusCode());
    }

    private Response show(ReferralView view, FormState<Map<String, String>> step, int status) {
        if (view.notFound()) {
            return NotFound.page(pages);
        }
        return Response.status(status).entity(pages.page(Templates.referral(view, step, CODES), "referrals")).build();
    }
}
