package dk.mentor.dashboard.web;

import dk.mentor.dashboard.application.Page;
import dk.mentor.dashboard.application.PlanQueries;
import dk.mentor.dashboard.application.PlanRow;
import dk.mentor.dashboard.application.PlanView;
import dk.mentor.dashboard.application.Progression;
import dk.mentor.dashboard.application.Section;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/** The caseworker's plans and a plan's page (participants by legal basis and meetings; the full timeline comes later). */
@Path("/plans")
@Produces(MediaType.TEXT_HTML)
public class PlanResource {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance plans(Section<Page<PlanRow>> plans);

        static native TemplateInstance plan(PlanView view, List<String> dimensions, String chartData);
    }

    @Inject
    PlanQueries plans;

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
    public Response plan(@PathParam("id") UUID id) {
        PlanView view = plans.plan(id, user.accessToken());
        if (view.notFound()) {
            return NotFound.page(pages);
        }
        String chart = view.progressions().isAvailable() ? ProgressionChart.json(view.progressions().value()) : "[]";
        return Response.ok(pages.page(Templates.plan(view, Progression.DIMENSIONS, chart), "plans")).build();
    }
}
