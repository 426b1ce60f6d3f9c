package dk.mentor.dashboard.web;

import dk.mentor.dashboard.application.AccessLogQueries;
import dk.mentor.dashboard.application.AccessLookup;
import dk.mentor.dashboard.application.Page;
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
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;

/**
 * A citizen's access log for the staff who answer the citizen's request for access: found by the plan's
 * id (from the plan's page or typed in), never by CPR number.
 */
@Path("/access-log")
@Produces(MediaType.TEXT_HTML)
public class AccessLogResource {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance accessLog(String plan, Section<Page<AccessLookup>> log, boolean invalidPlan);
    }

    @Inject
    AccessLogQueries accessLog;

    @Inject
    CurrentUser user;

    @Inject
    Pages pages;

    @GET
    public Response log(@QueryParam("plan") String plan, @QueryParam("page") @DefaultValue("0") int page) {
        String typed = plan == null ? "" : plan.strip();
        Optional<UUID> planId = parse(typed);
        Section<Page<AccessLookup>> log = planId.map(id -> accessLog.forPlan(id, page, user.accessToken())).orElse(null);
        if (log != null && log.notFound()) {
            return NotFound.page(pages);
        }
        boolean invalid = !typed.isEmpty() && planId.isEmpty();
        return Response.status(invalid ? 400 : 200).entity(pages.page(Templates.accessLog(typed, log, invalid), "access-log")).build();
    }

    private static Optional<UUID> parse(String plan) {
        try {
            return plan.isEmpty() ? Optional.empty() : Optional.of(UUID.fromString(plan));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
