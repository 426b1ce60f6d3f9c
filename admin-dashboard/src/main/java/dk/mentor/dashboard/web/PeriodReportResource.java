package dk.mentor.dashboard.web;

import dk.mentor.dashboard.application.ClaimFile;
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
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.function.Supplier;

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

    /** The settlement as refusion-service's CSV, for the same municipality and period as the page. */
    @GET
    @Path("/settlements/csv")
    @Produces({"text/csv", MediaType.TEXT_HTML})
    public Response settlementsCsv(@QueryParam("municipality") String municipality, @QueryParam("from") String from,
                                   @QueryParam("to") String to) {
        PeriodForm form = form(municipality, from, to);
        return csv("settlements", form, () -> settlements(municipality, from, to));
    }

    /** Cost and effect as refusion-service's CSV, for the same municipality and period as the page. */
    @GET
    @Path("/cost-and-effect/csv")
    @Produces({"text/csv", MediaType.TEXT_HTML})
    public Response costAndEffectCsv(@QueryParam("municipality") String municipality, @QueryParam("from") String from,
                                     @QueryParam("to") String to) {
        PeriodForm form = form(municipality, from, to);
        return csv("cost-and-effect", form, () -> costAndEffect(municipality, from, to));
    }

    /** The file as the service rendered it; when it does not come, the report's page with why (502). */
    private Response csv(String report, PeriodForm form, Supplier<TemplateInstance> page) {
        Section<ClaimFile> file = economy.csv(report, form.municipality(), form.from(), form.to(), user.accessToken());
        if (!file.isAvailable()) {
            return Response.status(Response.Status.BAD_GATEWAY).entity(page.get()).type(MediaType.TEXT_HTML_TYPE).build();
        }
        return FileAnswer.of(file.value());
    }

    private PeriodForm form(String municipality, String from, String to) {
        return PeriodForm.of(municipality, from, to, user.viewer().municipalities(), Clock.systemDefaultZone());
    }
}
