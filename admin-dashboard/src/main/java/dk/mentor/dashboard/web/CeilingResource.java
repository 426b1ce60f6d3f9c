package dk.mentor.dashboard.web;

import dk.mentor.dashboard.application.Ceiling;
import dk.mentor.dashboard.application.FinanceQueries;
import dk.mentor.dashboard.application.Section;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A municipality's ceilings for a year: consumption and forecast as a chart with the 80 % and 100 %
 * marks, and the same numbers as a table (the table is what a screen reader reads).
 */
@Path("/ceilings")
@Produces(MediaType.TEXT_HTML)
public class CeilingResource {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance ceilings(Section<List<Ceiling>> ceilings, String municipality, int year,
                                                List<String> municipalities, String chartData);
    }

    @Inject
    FinanceQueries finance;

    @Inject
    CurrentUser user;

    @Inject
    Pages pages;

    @GET
    public TemplateInstance ceilings(@QueryParam("municipality") String municipality, @QueryParam("year") Integer year) {
        List<String> mine = user.viewer().municipalities();
        // only the user's own municipalities are offered; the service refuses others anyway
        String chosen = municipality != null && mine.contains(municipality) ? municipality : (mine.isEmpty() ? "" : mine.get(0));
        int chosenYear = year == null ? LocalDate.now(Clock.systemDefaultZone()).getYear() : year;
        Section<List<Ceiling>> ceilings = finance.ceilings(chosen, chosenYear, user.accessToken());
        return pages.page(Templates.ceilings(ceilings, chosen, chosenYear, mine,
                ceilings.isAvailable() ? CeilingChart.json(ceilings.value()) : "[]"), "ceilings");
    }
}
