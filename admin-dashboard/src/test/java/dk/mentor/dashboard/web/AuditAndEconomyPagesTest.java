package dk.mentor.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.dashboard.application.AccessLogQueries;
import dk.mentor.dashboard.application.AuditFilter;
import dk.mentor.dashboard.application.AuditLog;
import dk.mentor.dashboard.application.AuditQueries;
import dk.mentor.dashboard.application.EconomyQueries;
import dk.mentor.dashboard.testing.StandInServices;
import dk.mentor.dashboard.testing.StandInServices.Answer;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The auditor's log, the citizen's access log and the finance officer's period reports as the running
 * application renders them from stand-in services: Danish times and kroner, a service that is down
 * named above the list, and the citizen reached through the plan.
 */
@QuarkusTest
class AuditAndEconomyPagesTest {

    private static final Clock DECEMBER = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);

    private static String entries(String... occurredAt) {
        StringBuilder items = new StringBuilder();
        for (String at : occurredAt) {
            items.append(items.isEmpty() ? "" : ",").append("""
                    {"occurredAt":"%s","actorName":"karen","actingMunicipality":"0751","ownerMunicipality":"0751",
                     "action":"read","subjectType":"plan","subjectId":"p-1","outcome":"%s","purpose":"follow-up"}"""
                    .formatted(at, at.contains("T12") ? "DENIED" : "ALLOWED"));
        }
        return "{\"items\":[" + items + "],\"page\":0,\"size\":25,\"totalItems\":" + occurredAt.length + "}";
    }

    @Test
    void theAuditLogIsOneListAcrossServicesNewestFirstWithTheServiceThatIsDownNamed() {
        try (StandInServices catalog = new StandInServices(r -> new Answer(200, entries("2026-12-03T10:00:00Z", "2026-12-01T10:00:00Z")));
             StandInServices followup = new StandInServices(r -> new Answer(200, entries("2026-12-03T12:00:00Z", "2026-12-02T10:00:00Z")))) {
            AuditQueries queries = new AuditQueries(StandInServices.client(catalog.url(), StandInServices.downUrl(), followup.url(),
                    StandInServices.downUrl()));

            AuditFilter filter = AuditFilter.of("p 1", null, null, null, null);
            AuditLog log = queries.log(Optional.empty(), filter, 0, "t");
            String html = PlanPageTest.render(AuditResource.Templates.audit(log, "", filter, AuditResource.SERVICES), "da");

            assertEquals(List.of("followup", "catalog", "followup", "catalog"), log.rows().stream().map(r -> r.service()).toList());
            assertEquals(List.of("unavailable_matching", "unavailable_refusion"), log.missing());
            assertEquals("/api/v1/audit-entries?page=0&size=25&subjectId=p+1", followup.received().get(0).pathAndQuery());
            assertTrue(html.contains("Matchningen svarer ikke lige nu") && html.contains("Refusionen svarer ikke lige nu"));
            assertTrue(html.contains("<tr class=\"warning\"><td>03-12-2026 13:00</td><td>Opfølgningen</td>"), html);
            assertTrue(html.contains("<td>Afvist</td>") && html.contains("<td>Tilladt</td>"));
            assertFalse(html.contains("Næste side"), "four entries: one page");
        }
    }

    @Test
    void actionsAndDefaultPurposesAreNamedInThePagesLanguageWithTheRawCodeBesideThemAndUnknownTextAsWritten() {
        String answer = """
                {"items":[{"occurredAt":"2026-12-03T10:00:00Z","actorName":"karen","action":"log-meeting","subjectType":"plan",
                  "subjectId":"p-1","outcome":"ALLOWED","purpose":"logging a meeting"},
                 {"occurredAt":"2026-12-02T10:00:00Z","actorName":"karen","action":"archive-plan","subjectType":"plan",
                  "subjectId":"p-1","outcome":"ALLOWED","purpose":"opfølgning efter telefonsamtale"}],"page":0,"size":25,"totalItems":2}""";
        try (StandInServices followup = new StandInServices(r -> new Answer(200, answer))) {
            String down = StandInServices.downUrl();
            AuditLog log = new AuditQueries(StandInServices.client(down, down, followup.url(), down))
                    .log(Optional.of("followup"), AuditFilter.NONE, 0, "t");

            String danish = PlanPageTest.render(AuditResource.Templates.audit(log, "followup", AuditFilter.NONE, AuditResource.SERVICES), "da");
            String english = PlanPageTest.render(AuditResource.Templates.audit(log, "followup", AuditFilter.NONE, AuditResource.SERVICES), "en");

            assertTrue(danish.contains("<td>Møde registreret<span class=\"help audit-code\" lang=\"en\">log-meeting</span></td>"), danish);
            assertTrue(danish.contains("<td>Registrering af et møde<span class=\"help audit-code\" lang=\"en\">logging a meeting</span></td>"));
            assertTrue(english.contains("<td>Meeting logged<span class=\"help audit-code\" lang=\"en\">log-meeting</span></td>"), english);
            assertTrue(danish.contains("<td>archive-plan</td>") && danish.contains("<td>opfølgning efter telefonsamtale</td>"),
                    "an unknown code and a caller's own purpose as written");
        }
    }

    @Test
    void aDeeperPageAsksEachServiceForEverythingUpToItAndCutsThePageOutOfTheMerge() {
        try (StandInServices refusion = new StandInServices(r -> new Answer(200, entries("2026-12-03T10:00:00Z")))) {
            String down = StandInServices.downUrl();
            AuditQueries queries = new AuditQueries(StandInServices.client(down, down, down, refusion.url()));

            AuditLog log = queries.log(Optional.of("refusion"), AuditFilter.NONE, 8, "t");

            assertEquals(List.of("/api/v1/audit-entries?page=0&size=200", "/api/v1/audit-entries?page=1&size=200"),
                    refusion.received().stream().map(StandInServices.Received::pathAndQuery).sorted().toList());
            assertTrue(log.rows().isEmpty() && log.missing().isEmpty());
        }
    }

    @Test
    void theAuditorsFiltersGoToEveryServiceAndStayOnThePagesLinks() {
        try (StandInServices followup = new StandInServices(r -> new Answer(200, entries("2026-12-03T12:00:00Z")))) {
            String down = StandInServices.downUrl();
            AuditFilter filter = AuditFilter.of(" p 1 ", "karen", "DENIED", "2026-12-01", "not a day");

            AuditLog log = new AuditQueries(StandInServices.client(down, down, followup.url(), down))
                    .log(Optional.of("followup"), filter, 0, "t");
            String html = PlanPageTest.render(AuditResource.Templates.audit(log, "followup", filter, AuditResource.SERVICES), "da");

            assertEquals("/api/v1/audit-entries?page=0&size=25&subjectId=p+1&actor=karen&outcome=DENIED&from=2026-12-01",
                    followup.received().get(0).pathAndQuery());
            assertTrue(html.contains("<option value=\"DENIED\" selected>Afvist</option>"), html);
            assertTrue(html.contains("id=\"f-from\" name=\"from\" type=\"date\" value=\"2026-12-01\""));
            assertTrue(html.contains("id=\"f-to\" name=\"to\" type=\"date\" value=\"\""), "an unreadable day is no filter");
        }
    }

    @Test
    void aPeriodReportsCsvIsRefusionsFilePassedThrough() {
        try (StandInServices refusion = new StandInServices(r -> new Answer(200, "municipality;from\n0751;01-01-2026\n"))) {
            String down = StandInServices.downUrl();
            EconomyQueries economy = new EconomyQueries(StandInServices.client(down, down, down, refusion.url()));

            var file = economy.csv("cost-and-effect", "0751", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 3), "t");

            assertEquals("/api/v1/cost-and-effect/csv?municipality=0751&from=2026-01-01&to=2026-12-03",
                    refusion.received().get(0).pathAndQuery());
            assertTrue(file.isAvailable() && new String(file.value().body(), StandardCharsets.UTF_8)
                    .startsWith("municipality;from"));
        }
    }

    @Test
    void theCitizensAccessLogIsReachedThroughThePlan() {
        UUID plan = UUID.randomUUID();
        UUID citizen = UUID.randomUUID();
        try (StandInServices followup = new StandInServices(r -> r.pathAndQuery().startsWith("/api/v1/plans/")
                ? new Answer(200, "{\"id\":\"" + plan + "\",\"citizenRef\":\"" + citizen + "\"}")
                : new Answer(200, """
                        {"items":[{"at":"2026-12-02T09:00:00Z","municipality":"0751","action":"read","purpose":"follow-up"}],
                         "page":0,"size":50,"totalItems":1}"""))) {
            String down = StandInServices.downUrl();
            AccessLogQueries queries = new AccessLogQueries(StandInServices.client(down, down, followup.url(), down));

            String html = PlanPageTest.render(AccessLogResource.Templates.accessLog(plan.toString(), queries.forPlan(plan, 0, "t"), false), "da");

            assertEquals("/api/v1/citizens/" + citizen + "/access-log?page=0&size=50", followup.received().get(1).pathAndQuery());
            assertTrue(html.contains("<tr><td>02-12-2026 10:00</td><td>Aarhus</td><td title=\"read\">Læst</td><td>Opfølgning</td></tr>"), html);
        }
    }

    @Test
    void settlementsAndCostAndEffectInDanishKroner() {
        try (StandInServices refusion = new StandInServices(r -> r.pathAndQuery().startsWith("/api/v1/settlements")
                ? new Answer(200, """
                        {"municipality":"0751","from":"2026-01-01","to":"2026-12-03","counterparties":[
                         {"municipality":"0101","owedByUs":12345.5,"owedToUs":2000,"net":10345.5,"lines":4},
                         {"municipality":"0746","owedByUs":0,"owedToUs":800,"net":-800,"lines":1}]}""")
                : new Answer(200, """
                        {"municipality":"0751","from":"2026-01-01","to":"2026-12-03","unassignedNetCost":1250.5,
                         "groups":[{"targetGroup":"LANGUAGE_BARRIERS","mentorKind":"VOLUNTEER","citizens":3,"citizenMonths":12,
                          "netCost":24000,"netCostPerCitizenMonth":2000,"plansClosed":2,
                          "outcomes":[{"outcome":"JOB","plans":1,"share":0.5},{"outcome":"EDUCATION","plans":1,"share":0.5}]}],
                         "total":{"targetGroup":"ALL","mentorKind":"ALL","citizens":3,"citizenMonths":12,"netCost":25250.5,
                          "netCostPerCitizenMonth":2104.21,"plansClosed":2,"outcomes":[]}}"""))) {
            String down = StandInServices.downUrl();
            EconomyQueries economy = new EconomyQueries(StandInServices.client(down, down, down, refusion.url()));
            PeriodForm form = PeriodForm.of("0751", null, "not a day", List.of("0751"), DECEMBER);

            String settlements = PlanPageTest.render(PeriodReportResource.Templates.settlements(form,
                    economy.settlements(form.municipality(), form.from(), form.to(), "t")), "da");
            String cost = PlanPageTest.render(PeriodReportResource.Templates.costAndEffect(form,
                    economy.costAndEffect(form.municipality(), form.from(), form.to(), "t")), "da");

            assertEquals(new PeriodForm("0751", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 3), List.of("0751")), form);
            assertEquals("/api/v1/settlements?municipality=0751&from=2026-01-01&to=2026-12-03", refusion.received().get(0).pathAndQuery());
            assertTrue(settlements.contains("<td class=\"num\">10.345,50 kr (vi betaler)</td>"), settlements);
            assertTrue(settlements.contains("800,00 kr (de betaler)"));
            assertTrue(settlements.contains("Afregning for Aarhus, 01-01-2026 – 03-12-2026"));
            assertTrue(settlements.contains("<td class=\"num\">12.345,50 kr</td><td class=\"num\">2.800,00 kr</td>"), "the totals");
            assertTrue(cost.contains("<td class=\"num\">2.000,00 kr</td>"), cost);
            assertTrue(cost.contains("Job: 1 (50 %)"));
            assertTrue(cost.contains("1.250,50 kr"));
            assertTrue(cost.contains("<th scope=\"row\">I alt</th>"));
            assertTrue(settlements.contains("href=\"/reports/settlements/csv?municipality=0751&amp;from=2026-01-01&amp;to=2026-12-03\""),
                    "the same statement as a spreadsheet");
        }
    }
}
