package dk.mentor.dashboard.web;

import dk.mentor.dashboard.application.Page;
import dk.mentor.dashboard.application.PlanQueries;
import dk.mentor.dashboard.application.PlanRow;
import dk.mentor.dashboard.application.Section;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The mentor's start page: the plans of the citizens they are mentor for, as cards that stack on a
 * phone, each leading to the plan's page where the mentor logs a meeting. Plans name no citizen
 * (followup-service keeps the citizen apart), so a card shows the plan's goal and when it started.
 */
@Path("/citizens")
@Produces(MediaType.TEXT_HTML)
public class CitizenResource {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance citizens(Section<Page<PlanRow>> plans);
    }

    private final PlanQueries plans;
    private final CurrentUser user;
    private final Pages pages;

    @Inject
    public CitizenResource(PlanQueries plans, CurrentUser user, Pages pages) {
        this.plans = plans;
        this.user = user;
        this.pages = pages;
    }

    @GET
    public TemplateInstance list(@QueryParam("page") @DefaultValue("0") int page) {
        return pages.page(Templates.citizens(plans.plans(page, user.accessToken())), "citizens");
    }
}
