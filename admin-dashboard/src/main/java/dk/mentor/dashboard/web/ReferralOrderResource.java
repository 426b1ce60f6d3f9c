package dk.mentor.dashboard.web;

import dk.mentor.contracts.codes.MeetingPlace;
import dk.mentor.dashboard.application.CodeListQueries;
import dk.mentor.dashboard.application.FormOutcome;
import dk.mentor.dashboard.application.PlanRow;
import dk.mentor.dashboard.application.ReferralInput;
import dk.mentor.dashboard.application.ReferralOrder;
import dk.mentor.dashboard.application.Section;
import dk.mentor.dashboard.web.CatalogueResource.Option;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The caseworker refers a plan's citizen to a mentor: the order as matching-service takes it, with what
 * a caseworker knows (legal basis, target groups and needs, the citizen's wishes, hours). Ordered, the
 * browser goes to the referral's page, where the citizen's choice and the three-party meeting follow.
 */
@Path("/plans/{id}/referral")
@Produces(MediaType.TEXT_HTML)
public class ReferralOrderResource {

    /**
     * The codes the form offers. Legal bases and target groups are catalog's code lists in force today, so a
     * code an administrator adds there is offered at once, under the name catalog gives it.
     */
    public record Choices(List<Option> legalBases, List<String> frequencies, List<Option> targetGroups, List<String> genders,
                          List<String> places, List<String> urgencies) {
    }

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance order(Section<PlanRow> plan, FormState<ReferralInput> form, Choices choices);
    }

    @Inject
    ReferralOrder orders;

    @Inject
    CurrentUser user;

    @Inject
    CodeListQueries codeLists;

    @Inject
    PageLocale locale;

    @Inject
    Pages pages;

    @GET
    public Response form(@PathParam("id") UUID id) {
        Section<PlanRow> plan = orders.plan(id, user.accessToken());
        return plan.notFound() ? NotFound.page(pages) : page(plan, FormState.fresh(fresh(plan.value())), 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response refer(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        Section<PlanRow> plan = orders.plan(id, user.accessToken());
        if (plan.notFound()) {
            return NotFound.page(pages);
        }
        ReferralInput input = input(fields);
        String key = MeetingForm.key(fields.getFirst("idempotencyKey"));
        FormOutcome outcome = plan.isAvailable()
                ? orders.refer(id, plan.value().ownerMunicipality(), input, key, user.accessToken())
                : new FormOutcome(502, java.util.Map.of(), "referral_error_unavailable", null);
        if (outcome.succeeded() && outcome.body() instanceof UUID referral) {
            return Response.seeOther(URI.create("/referrals/" + referral)).build();
        }
        return page(plan, FormState.refused(input, key, outcome), outcome.succeeded() ? 200 : outcome.status());
    }

    private Response page(Section<PlanRow> plan, FormState<ReferralInput> form, int status) {
        return Response.status(status).entity(pages.page(Templates.order(plan, form, choices()), "plans"))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

    private Choices choices() {
        String token = user.accessToken();
        return choices(Option.of(codeLists.legalBases(token), locale), Option.of(codeLists.targetGroups(token), locale));
    }

    static Choices choices(List<Option> legalBases, List<Option> targetGroups) {
        return new Choices(legalBases, List.of("TWICE_WEEKLY", "WEEKLY", "FORTNIGHTLY", "MONTHLY"), targetGroups,
                List.of("FEMALE", "MALE", "OTHER"), Arrays.stream(MeetingPlace.values()).map(Enum::name).toList(),
                List.of("NORMAL", "URGENT"));
    }

    /** A LAB § 167 order for six months from today, weekly, in Danish, for the plan's target groups. */
    static ReferralInput fresh(PlanRow plan) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        return new ReferralInput("LAB_167", "", "", "", "WEEKLY", today.toString(), today.plusMonths(6).minusDays(1).toString(),
                plan == null || plan.targetGroups() == null ? List.of() : plan.targetGroups(), "", "da", "NORMAL", "", false, "",
                false);
    }

    static ReferralInput input(MultivaluedMap<String, String> fields) {
        List<String> groups = fields.get("targetGroups");
        return new ReferralInput(PlanResource.value(fields, "legalBasis"), PlanResource.value(fields, "purpose"), PlanResource.value(fields, "tasks"),
                PlanResource.value(fields, "hoursPerWeek"), PlanResource.value(fields, "meetingFrequency"), PlanResource.value(fields, "periodStart"),
                PlanResource.value(fields, "periodEnd"), groups == null ? List.of() : groups, PlanResource.value(fields, "needs"), PlanResource.value(fields, "languages"),
                PlanResource.value(fields, "urgency"), PlanResource.value(fields, "genderWish"), "true".equals(fields.getFirst("genderBinding")),
                PlanResource.value(fields, "placeWish"), "true".equals(fields.getFirst("placeBinding")));
    }
}
