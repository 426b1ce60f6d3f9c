package dk.mentor.dashboard.web;

import dk.mentor.dashboard.application.MatchingQueries;
import dk.mentor.dashboard.application.Section;
import dk.mentor.dashboard.application.SupplyAndDemand;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Open referrals against free mentor seats per municipality, and per target group and language within it. */
@Path("/supply-and-demand")
@Produces(MediaType.TEXT_HTML)
public class SupplyAndDemandResource {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance supplyAndDemand(Section<SupplyAndDemand> report);
    }

    @Inject
    MatchingQueries matching;

    @Inject
    CurrentUser user;

    @Inject
    Pages pages;

    @GET
    public TemplateInstance report() {
        return pages.page(Templates.supplyAndDemand(matching.supplyAndDemand(user.accessToken())), "supply");
    }
}
