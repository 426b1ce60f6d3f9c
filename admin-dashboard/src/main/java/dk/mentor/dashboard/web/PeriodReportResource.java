package dk.mentor.dashboard.web;

import dk.mentor.dashboard.application.CostAndEffect;
import dk.mentor.dashboard.application.EconomyQueries;
import dk.mentor.dashboard.application.Section;
import dk.mentor.dashboard.application.Settlement;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;

/**
 * refusion-service's reports for a municipality and period: the settlement with each other municipality
 * (finance officers), and net cost per citizen-month against outcomes (finance officers and coordinators).
 */
@Path("/reports")
@Produces(MediaType.TEXT_HTML)
public class PeriodReportResource {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance settlements(PeriodForm form, Section<Settlement> statement);

        static native TemplateInstance costAndEffect(PeriodForm form, Section<CostAndEffect> report);
    }

    @Inject
    EconomyQueries economy;

    @Inject
    CurrentUser user;

    @Inject
    Pages pages;

    @GET
    @Path("/settlements")
    public TemplateInstance settlements(@QueryParam("municipality") String municipality, @QueryParam("from") String from,
                                        @QueryParam("to") String to) {
        PeriodForm form = form(municipality, from, to);
        return pages.page(Templates.settlements(form, economy.settlements(form.municipality(), form.from(), form.to(),
                user.accessToken())), "settlements");
    }

    @GET
    @Path("/cost-and-effect")
    public TemplateInstance costAndEffect(@QueryParam("municipality") String municipality, @QueryParam("from") String from,
                                          @QueryParam("to") String to) {
        PeriodForm form = form(municipality, from, to);
        return pages.page(Templates.costAndEffect(form, economy.costAndEffect(form.municipality(), form.from(), form.to(),
                user.accessToken())), "cost-and-effect");
    }

    private PeriodForm form(String municipality, String from, String to) {
        return PeriodForm.of(municipality, from, to, user.viewer().municipalities(), Clock.systemDefaultZone());
    }
}
