package dk.mentor.dashboard.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The start page: each role lands where its daily work is; roles whose screens come later are told what comes. */
@Path("/")
public class HomeResource {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance start();
    }

    @Inject
    CurrentUser user;

    @Inject
    Pages pages;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response start() {
        Viewer viewer = user.viewer();
        if (viewer.coordinator()) {
            return Response.seeOther(URI.create("/catalogue")).build();
        }
        if (viewer.caseworker()) {
            return Response.seeOther(URI.create("/plans")).build();
        }
        if (viewer.finance()) {
            return Response.seeOther(URI.create("/claims")).build();
        }
        if (viewer.mentor()) {
            return Response.seeOther(URI.create("/citizens")).build();
        }
        if (viewer.auditor()) {
            return Response.seeOther(URI.create("/audit")).build();
        }
        if (viewer.admin()) {
            return Response.seeOther(URI.create("/dead-letters")).build();
        }
        return Response.ok(pages.page(Templates.start(), "start")).build();
    }
}
