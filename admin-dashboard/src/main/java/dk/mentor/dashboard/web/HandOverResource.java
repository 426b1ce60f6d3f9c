package dk.mentor.dashboard.web;

import dk.mentor.dashboard.application.FormOutcome;
import dk.mentor.dashboard.application.HandOver;
import dk.mentor.dashboard.application.HandOverSteps;
import dk.mentor.dashboard.application.Page;
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
 * The hand-overs to and from the user's municipalities ({@link HandOverOfferResource} makes an offer).
 * The receiver accepts an offer or disputes it within the deadline; it cannot refuse, since the move
 * makes it the acting municipality by law, so the page offers no refusal.
 */
@Path("/hand-overs")
@Produces(MediaType.TEXT_HTML)
public class HandOverResource {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance handOvers(Section<Page<HandOver>> handOvers, List<String> own, String answered,
                                                 UUID refusedId, String refusedKey, int page);
    }

    @Inject
    HandOverSteps handOvers;

    @Inject
    CurrentUser user;

    @Inject
    Pages pages;

    @GET
    public TemplateInstance list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("answered") String answered) {
        return listPage(page, "accepted".equals(answered) || "disputed".equals(answered) ? answered : null, null, null);
    }

    /** The receiver takes the plan over; done, back to the list saying so (303). */
    @POST
    @Path("/{id}/acceptance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("id") UUID id, @FormParam("version") long version, @FormParam("annotation") String annotation) {
        return answered(id, handOvers.accept(id, version, annotation, user.accessToken()), "accepted");
    }

    /** The receiver disputes it, with a reason; the plan stays where the hand-over put it. */
    @POST
    @Path("/{id}/dispute")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response dispute(@PathParam("id") UUID id, @FormParam("version") long version, @FormParam("reason") String reason) {
        return answered(id, handOvers.dispute(id, version, reason, user.accessToken()), "disputed");
    }

    private Response answered(UUID id, FormOutcome outcome, String what) {
        if (outcome.succeeded()) {
            return Response.seeOther(URI.create("/hand-overs?answered=" + what)).build();
        }
        return Response.status(outcome.status()).entity(listPage(0, null, id, outcome.formError())).type(MediaType.TEXT_HTML_TYPE)
                .build();
    }

    private TemplateInstance listPage(int page, String answered, UUID refusedId, String refusedKey) {
        return pages.page(Templates.handOvers(handOvers.handOvers(page, user.accessToken()), user.viewer().municipalities(),
                answered, refusedId, refusedKey, Math.max(page, 0)), "hand-overs");
    }
}
