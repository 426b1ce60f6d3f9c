package dk.mentor.dashboard.web;

import dk.mentor.contracts.codes.MunicipalityCode;
import dk.mentor.dashboard.application.Consent;
import dk.mentor.dashboard.application.FormOutcome;
import dk.mentor.dashboard.application.HandOverSteps;
import dk.mentor.dashboard.application.Section;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The sender's offer of a plan to the municipality the citizen moves to, from the plan's page. It names
 * the consent (or legal basis) that allows sharing with the receiver; followup-service checks it.
 */
@Path("/plans/{planId}/hand-over")
@Produces(MediaType.TEXT_HTML)
public class HandOverOfferResource {

    /** What was typed into the offer form. */
    public record OfferInput(String toMunicipality, String consentId, String moveDate, String annotation) {
    }

    /** The municipalities a plan can move to, by name. */
    static final List<MunicipalityCode> MUNICIPALITIES = MunicipalityCode.all().stream()
            .sorted(Comparator.comparing(MunicipalityCode::name)).toList();

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance offer(UUID planId, Section<List<Consent>> consents, FormState<OfferInput> form,
                                             List<MunicipalityCode> municipalities);
    }

    @Inject
    HandOverSteps handOvers;

    @Inject
    CurrentUser user;

    @Inject
    Pages pages;

    @GET
    public Response form(@PathParam("planId") UUID plan) {
        Section<List<Consent>> consents = handOvers.consents(plan, user.accessToken());
        if (consents.notFound()) {
            return NotFound.page(pages);
        }
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        return page(plan, consents, FormState.fresh(new OfferInput("", "", today.toString(), "")), 200);
    }

    /** Offered: back to the plan, whose timeline shows the hand-over (303). Refused: the form with why. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response offer(@PathParam("planId") UUID plan, @FormParam("toMunicipality") String to,
                          @FormParam("consentId") String consent, @FormParam("moveDate") String moveDate,
                          @FormParam("annotation") String annotation, @FormParam("idempotencyKey") String sentKey) {
        String key = MeetingForm.key(sentKey);
        FormOutcome outcome = handOvers.offer(plan, to, consent, moveDate, annotation, key, user.accessToken());
        if (outcome.succeeded()) {
            return Response.seeOther(URI.create("/plans/" + plan + "#timeline")).build();
        }
        OfferInput typed = new OfferInput(to == null ? "" : to, consent == null ? "" : consent, moveDate == null ? "" : moveDate,
                annotation == null ? "" : annotation);
        return page(plan, handOvers.consents(plan, user.accessToken()), FormState.refused(typed, key, outcome), outcome.status());
    }

    private Response page(UUID plan, Section<List<Consent>> consents, FormState<OfferInput> form, int status) {
        return Response.status(status).entity(pages.page(Templates.offer(plan, consents, form, MUNICIPALITIES), "plans"))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }
}
