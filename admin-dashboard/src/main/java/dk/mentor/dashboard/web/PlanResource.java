package dk.mentor.dashboard.web;

import dk.mentor.dashboard.application.FormOutcome;
import dk.mentor.dashboard.application.MeetingInput;
import dk.mentor.dashboard.application.MeetingLogging;
import dk.mentor.dashboard.application.MeetingOutcome;
import dk.mentor.dashboard.application.Page;
import dk.mentor.dashboard.application.PlanQueries;
import dk.mentor.dashboard.application.PlanRow;
import dk.mentor.dashboard.application.PlanView;
import dk.mentor.dashboard.application.Progression;
import dk.mentor.dashboard.application.ProgressionRecording;
import dk.mentor.dashboard.application.RatingInput;
import dk.mentor.dashboard.application.Section;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The caseworker's plans and a plan's page: participants by legal basis, the plan's history as one
 * timeline, the progression chart, and the form that logs a meeting (for the caseworker and the mentor).
 */
@Path("/plans")
@Produces(MediaType.TEXT_HTML)
public class PlanResource {

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance plans(Section<Page<PlanRow>> plans);

        static native TemplateInstance plan(PlanView view, List<String> dimensions, String chartData, MeetingForm form,
                                            FormState<RatingInput> rating);

        /** The meeting form alone: what an htmx post of the form gets back. */
        static native TemplateInstance plan$meeting_form(PlanView view, MeetingForm form);

        /** The timeline alone, swapped in out of band after a meeting was logged. */
        static native TemplateInstance plan$timeline(PlanView view, boolean oob);
    }

    @Inject
    PlanQueries plans;

    @Inject
    MeetingLogging meetings;

    @Inject
    ProgressionRecording ratings;

    @Inject
    CurrentUser user;

    @Inject
    Pages pages;

    @GET
    public TemplateInstance list(@QueryParam("page") @DefaultValue("0") int page) {
        return pages.page(Templates.plans(plans.plans(page, user.accessToken())), "plans");
    }

    @GET
    @Path("/{id}")
    public Response plan(@PathParam("id") UUID id, @QueryParam("rated") boolean rated) {
        PlanView view = plans.plan(id, user.accessToken());
        return view.notFound() ? NotFound.page(pages) : page(view, MeetingForm.fresh(today()), freshRating(rated), 200);
    }

    /**
     * The progression form, a plain form post (the chart is drawn when the page loads): recorded, back
     * to the plan's progression (303), where the chart and its table show the new rating; refused, the
     * page again with the service's reasons next to the fields and the form's key, so it records once.
     */
    @POST
    @Path("/{id}/progressions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordRating(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        RatingInput input = ratingInput(fields);
        String key = MeetingForm.key(fields.getFirst("idempotencyKey"));
        FormOutcome outcome = ratings.record(id, input, key, user.accessToken());
        if (outcome.succeeded()) {
            return Response.seeOther(URI.create("/plans/" + id + "?rated=true#progression")).build();
        }
        PlanView view = plans.plan(id, user.accessToken());
        return view.notFound() ? NotFound.page(pages)
                : page(view, MeetingForm.fresh(today()), FormState.refused(input, key, outcome), outcome.status());
    }

    /**
     * The meeting form. From htmx: logged, the answer is a fresh form (a new Idempotency-Key) and the
     * timeline swapped in out of band; refused, the form again with the service's reasons in Danish
     * next to the fields (400/409/422, which the layout's htmx configuration swaps in). Without
     * JavaScript: logged, back to the plan (303); refused, the whole page with the form's errors.
     */
    @POST
    @Path("/{id}/meetings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logMeeting(@PathParam("id") UUID id, @HeaderParam("HX-Request") String htmx,
                               MultivaluedMap<String, String> fields) {
        MeetingInput input = input(fields);
        String key = MeetingForm.key(fields.getFirst("idempotencyKey"));
        MeetingOutcome outcome = meetings.log(id, input, key, user.accessToken());
        boolean fromHtmx = "true".equals(htmx);
        if (outcome.logged() && !fromHtmx) {
            return Response.seeOther(URI.create("/plans/" + id)).build();
        }
        PlanView view = plans.plan(id, user.accessToken());
        if (view.notFound()) {
            return NotFound.page(pages);
        }
        // refused: the same key again, so correcting the form and sending it still logs the meeting once
        MeetingForm form = outcome.logged() ? MeetingForm.logged(today()) : MeetingForm.refused(input, key, outcome);
        if (!fromHtmx) {
            return page(view, form, freshRating(false), outcome.status());
        }
        String html = pages.common(Templates.plan$meeting_form(view, form)).render();
        if (outcome.logged()) {
            html += pages.common(Templates.plan$timeline(view, true)).render();
        }
        return Response.status(outcome.logged() ? 200 : outcome.status()).entity(html).type(MediaType.TEXT_HTML_TYPE).build();
    }

    private Response page(PlanView view, MeetingForm form, FormState<RatingInput> rating, int status) {
        String chart = view.progressions().isAvailable() ? ProgressionChart.json(view.progressions().value()) : "[]";
        return Response.status(status)
                .entity(pages.page(Templates.plan(view, Progression.DIMENSIONS, chart, form, rating), "plans"))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

    /** The form's fields; the minutes per legal basis come as "minutes.LAB_167" and so on. */
    static MeetingInput input(MultivaluedMap<String, String> fields) {
        Map<String, String> minutes = new LinkedHashMap<>();
        fields.forEach((name, values) -> {
            if (name.startsWith("minutes.") && !values.isEmpty()) {
                minutes.put(name.substring("minutes.".length()), values.get(0));
            }
        });
        return new MeetingInput(value(fields, "participantId"), value(fields, "date"), value(fields, "durationMinutes"),
                value(fields, "attendance"), value(fields, "mode"), value(fields, "place"), minutes, value(fields, "note"));
    }

    static FormState<RatingInput> freshRating(boolean justRecorded) {
        RatingInput empty = RatingInput.empty(today().toString());
        return justRecorded ? FormState.afterDone(empty) : FormState.fresh(empty);
    }

    /** The rating form's fields; a dimension's score comes as "dimension.MOTIVATION" and so on. */
    static RatingInput ratingInput(MultivaluedMap<String, String> fields) {
        Map<String, String> dimensions = new LinkedHashMap<>();
        for (String code : Progression.DIMENSIONS) {
            dimensions.put(code, value(fields, "dimension." + code));
        }
        return new RatingInput(value(fields, "ratedOn"), value(fields, "labourMarketScore"), dimensions,
                value(fields, "nextStep"), value(fields, "mentorSupport"));
    }

    static String value(MultivaluedMap<String, String> fields, String name) {
        String v = fields.getFirst(name);
        return v == null ? "" : v;
    }

    private static LocalDate today() {
        return LocalDate.now(DANISH_TIME);
    }
}
