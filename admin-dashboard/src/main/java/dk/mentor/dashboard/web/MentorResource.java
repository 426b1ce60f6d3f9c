package dk.mentor.dashboard.web;

import dk.mentor.dashboard.application.CatalogueQueries;
import dk.mentor.dashboard.application.MentorView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** A mentor's page for the coordinator: profile and vetting, training, and capacity as matching sees it. */
@Path("/mentors/{id}")
@Produces(MediaType.TEXT_HTML)
public class MentorResource {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance mentor(MentorView view);
    }

    @Inject
    CatalogueQueries catalogue;

    @Inject
    CurrentUser user;

    @Inject
    Pages pages;

    @GET
    public Response mentor(@PathParam("id") UUID id) {
        MentorView view = catalogue.mentor(id, user.accessToken());
        if (view.notFound()) {
            return NotFound.page(pages);
        }
        return Response.ok(pages.page(Templates.mentor(view), "catalogue")).build();
    }
}
