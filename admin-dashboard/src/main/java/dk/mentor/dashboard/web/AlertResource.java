package dk.mentor.dashboard.web;

import dk.mentor.dashboard.application.Alert;
import dk.mentor.dashboard.application.AlertQueries;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** "Mine advarsler": what is due or overdue on the caseworker's plans, filtered by kind, each leading to its plan. */
@Path("/alerts")
@Produces(MediaType.TEXT_HTML)
public class AlertResource {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance alerts(Section<Page<Alert>> alerts, List<String> kinds, String kind, int page,
                                              LocalDate today);
    }

    @Inject
    AlertQueries alerts;

    @Inject
    CurrentUser user;

    @Inject
    Pages pages;

    @GET
    public TemplateInstance list(@QueryParam("kind") @DefaultValue("") String kind, @QueryParam("page") @DefaultValue("0") int page) {
        String chosen = AlertQueries.KINDS.contains(kind) ? kind : "";
        return pages.page(Templates.alerts(alerts.alerts(chosen, page, user.accessToken()), AlertQueries.KINDS, chosen,
                Math.max(page, 0), LocalDate.now(ZoneId.of("Europe/Copenhagen"))), "alerts");
    }
}
