package dk.mentor.dashboard.web;

import dk.mentor.dashboard.application.MatchingQueries;
import dk.mentor.dashboard.application.Page;
import dk.mentor.dashboard.application.Referral;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
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

        static native TemplateInstance referral(ReferralView view);
    }

    @Inject
    MatchingQueries matching;

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
        return show(matching.referral(id, user.accessToken()), Response.Status.OK.getStatusCode());
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
        return show(matching.referral(id, user.accessToken()).withShortlistError(refused.get()),
                Response.Status.CONFLICT.getStatusCode());
    }

    private Response show(ReferralView view, int status) {
        if (view.notFound()) {
            return NotFound.page(pages);
        }
        return Response.status(status).entity(pages.page(Templates.referral(view), "referrals")).build();
    }
}
