package dk.mentor.dashboard.web;

import dk.mentor.dashboard.application.AuditFilter;
import dk.mentor.dashboard.application.AuditLog;
import dk.mentor.dashboard.application.AuditQueries;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;

/**
 * The auditor's audit log: the four services' audit entries in one list, newest first, paged, filtered
 * by service, subject, actor, outcome and Danish days. A citizen's accesses are found by the plan's or the citizen's id as the
 * subject (never a CPR number: the filter is a query parameter in the address).
 */
@Path("/audit")
@Produces(MediaType.TEXT_HTML)
public class AuditResource {

    /** The services as the filter names them. */
    static final List<String> SERVICES = List.of("catalog", "matching", "followup", "refusion");

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance audit(AuditLog log, String service, AuditFilter filter, List<String> services);
    }

    @Inject
    AuditQueries audit;

    @Inject
    CurrentUser user;

    @Inject
    Pages pages;

    @GET
    public TemplateInstance log(@QueryParam("service") String service, @QueryParam("subject") String subject,
                                @QueryParam("actor") String actor, @QueryParam("outcome") String outcome,
                                @QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("page") @DefaultValue("0") int page) {
        String chosen = service != null && SERVICES.contains(service) ? service : ""; // List.of(...).contains(null) throws
        AuditFilter filter = AuditFilter.of(subject, actor, outcome, from, to);
        return pages.page(Templates.audit(audit.log(Optional.of(chosen).filter(s -> !s.isEmpty()), filter, page,
                user.accessToken()), chosen, filter, SERVICES), "audit");
    }
}
