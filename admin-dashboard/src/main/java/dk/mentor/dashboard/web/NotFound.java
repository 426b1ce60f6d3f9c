package dk.mentor.dashboard.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;

/**
 * "Ikke fundet" as a page, with status 404: what a user sees for a resource that does not exist or
 * belongs to a municipality they do not act for (the services answer 404 for both).
 */
final class NotFound {

    @CheckedTemplate(basePath = "NotFound", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance notFound();
    }

    private NotFound() {
    }

    static Response page(Pages pages) {
        return Response.status(Response.Status.NOT_FOUND).entity(pages.page(Templates.notFound(), null)).build();
    }
}
