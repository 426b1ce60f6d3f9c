package dk.mentor.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.dashboard.application.AlertQueries;
import dk.mentor.dashboard.application.FormOutcome;
import dk.mentor.dashboard.application.ImportReport;
import dk.mentor.dashboard.application.MentorImport;
import dk.mentor.dashboard.application.PlanQueries;
import dk.mentor.dashboard.application.PlanView;
import dk.mentor.dashboard.application.Progression;
import dk.mentor.dashboard.application.ProgressionRecording;
import dk.mentor.dashboard.application.RatingInput;
import dk.mentor.dashboard.infra.ServiceClient;
import dk.mentor.dashboard.testing.PlanFixture;
import dk.mentor.dashboard.testing.StandInServices;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The caseworker's alerts, the progression form and the coordinator's catalogue import, rendered by the
 * running application from stand-in services: what each sends to its service and how a refusal or a
 * service that is down reads in Danish.
 */
@QuarkusTest
class DailyWorkPagesTest {

    private static final String ALERTS = """
            {"items":[{"planId":"7d1c0c3e-6f59-4c2e-9f0e-2b1a3c4d5e6f","kind":"MEETING_OVERDUE","dueOn":"2026-11-17",
             "detail":"No meeting held since 2026-11-10 (every 7 days)","municipality":"0751"},
             {"planId":"8e2d1d4f-7a6b-4d3f-8a1f-3c2b4d5e6f70","kind":"AGREEMENT_EXPIRING","dueOn":"2099-01-02",
             "municipality":"0751"}],"page":0,"size":50,"totalItems":51}""";

    private final PlanFixture fixture = new PlanFixture(2);

    @Test
    void theAlertsByDueDayEachLinkingToItsPlanWithTheKindInDanish() {
        try (StandInServices followup = new StandInServices(request -> new StandInServices.Answer(200, ALERTS))) {
            AlertQueries queries = new AlertQueries(client(null, followup));
            String html = PlanPageTest.render(AlertResource.Templates.alerts(queries.alerts("MEETING_OVERDUE", 0, "token"),
                    AlertQueries.KINDS, "MEETING_OVERDUE", 0, LocalDate.of(2026, 12, 3)), "da");

            assertEquals("/api/v1/alerts?page=0&size=50&kind=MEETING_OVERDUE", followup.received().get(0).pathAndQuery());
            assertTrue(html.contains("<option value=\"MEETING_OVERDUE\" selected>Møde mangler</option>"), html);
            assertTrue(html.contains("<time datetime=\"2026-11-17\">17-11-2026</time> <span class=\"badge\">Overskredet</span>"));
            assertTrue(html.contains("<time datetime=\"2099-01-02\">02-01-2099</time></td>"), "not yet due: no badge");
            assertTrue(html.contains("<a href=\"/plans/7d1c0c3e-6f59-4c2e-9f0e-2b1a3c4d5e6f\">Åbn planen</a>"));
            assertTrue(html.contains("Mentoraftalen udløber snart") && html.contains("Aarhus"));
            assertTrue(html.contains("href=\"/alerts?kind=MEETING_OVERDUE&amp;page=1\" rel=\"next\""), "51 alerts: a next page");
        }
    }

    @Test
    void anUnknownKindAsksForAllAndADownServiceIsSaidInDanish() {
        try (StandInServices followup = new StandInServices(request -> new StandInServices.Answer(200, ALERTS))) {
            new AlertQueries(client(null, followup)).alerts("DROP TABLE", 2, "token");
            assertEquals("/api/v1/alerts?page=2&size=50", followup.received().get(0).pathAndQuery());
        }
        String down = StandInServices.downUrl();
        AlertQueries queries = new AlertQueries(StandInServices.client(down, down, down, down));
        String html = PlanPageTest.render(AlertResource.Templates.alerts(queries.alerts("", 0, "token"), AlertQueries.KINDS, "",
                0, LocalDate.of(2026, 12, 3)), "da");
        assertTrue(html.contains("Opfølgningen svarer ikke lige nu"));
        assertFalse(html.contains("<table"));
    }

    @Test
    void aRatingIsSentWithItsKeyAndARefusedOneComesBackWithTheReasonNextToTheScore() throws Exception {
        String problem = """
                {"type":"urn:problem:validation-failed","title":"Invalid","status":400,
                 "errors":[{"field":"labourMarketScore","message":"must be less than or equal to 10"}]}""";
        try (StandInServices followup = new StandInServices(request -> request.method().equals("POST")
                ? new StandInServices.Answer(400, problem) : fixtureAnswer(request))) {
            RatingInput typed = new RatingInput("2026-12-03", "11", Map.of("MOTIVATION", "6", "HEALTH", ""), "A driving licence", "");
            FormOutcome outcome = new ProgressionRecording(client(null, followup)).record(fixture.plan, typed, "rating-key-1", "token");

            StandInServices.Received sent = followup.received().get(0);
            assertEquals("/api/v1/plans/" + fixture.plan + "/progressions", sent.pathAndQuery());
            assertEquals("rating-key-1", sent.header("Idempotency-Key"));
            assertEquals(new ObjectMapper().readTree("""
                    {"ratedOn":"2026-12-03","labourMarketScore":11,"dimensions":{"MOTIVATION":6},"nextStep":"A driving licence"}"""),
                    new ObjectMapper().readTree(sent.body()), "blanks left out");
            assertEquals(400, outcome.status());

            String html = PlanPageTest.render(PlanResource.Templates.plan(view(followup), Progression.DIMENSIONS, "[]",
                    MeetingForm.fresh(LocalDate.of(2026, 12, 3)), FormState.refused(typed, "rating-key-1", outcome)), "da");
            assertTrue(html.contains("<span class=\"field-error\" id=\"labourMarketScore-error\">Skriv et helt tal fra 1 til 10."), html);
            assertTrue(html.contains("name=\"labourMarketScore\" min=\"1\" max=\"10\" inputmode=\"numeric\" value=\"11\" aria-invalid=\"true\""));
            assertTrue(html.contains("Vurderingen er ikke gemt. Ret de markerede felter og prøv igen."));
            assertTrue(html.contains("name=\"idempotencyKey\" value=\"rating-key-1\""), "the same key: corrected, it records once");
            assertTrue(html.contains("name=\"dimension.MOTIVATION\" min=\"1\" max=\"10\" inputmode=\"numeric\" value=\"6\""));
        }
    }

    @Test
    void aScoreTypedAsTextIsRefusedWithoutAskingAndARecordedRatingIsSaidAboveAFreshForm() {
        try (StandInServices followup = new StandInServices(this::fixtureAnswer)) {
            FormOutcome outcome = new ProgressionRecording(client(null, followup)).record(fixture.plan,
                    new RatingInput("", "seks", Map.of(), "", ""), "k-12345678", "token");
            assertEquals(Map.of("labourMarketScore", "rating_error_labourMarketScore"), outcome.fieldErrors());
            assertTrue(followup.received().isEmpty(), "nothing sent");

            String english = PlanPageTest.render(PlanResource.Templates.plan(view(followup), Progression.DIMENSIONS, "[]",
                    MeetingForm.fresh(LocalDate.of(2026, 12, 3)), PlanResource.freshRating(true)), "en");
            assertTrue(english.contains("The rating is saved and now shows in the chart and the table."));
            assertTrue(english.contains("<label for=\"dimension-PERSONAL_RESOURCES\">"));
        }
    }

    @Test
    void aDryRunShowsTheRowsItWouldWriteAndEveryRefusedRowAndOffersNoImportThen() {
        String report = """
                {"dryRun":true,"rows":3,"registered":2,"updated":1,"written":false,
                 "errors":[{"row":3,"field":"capacityCitizens","reason":"must be greater than or equal to 0"}]}""";
        try (StandInServices catalog = new StandInServices(request -> new StandInServices.Answer(200, report))) {
            byte[] csv = "displayName;kind\nA;VOLUNTEER\n".getBytes(StandardCharsets.UTF_8);
            FormOutcome outcome = new MentorImport(client(catalog, null), new ObjectMapper()).run("mentorer.csv", csv, true,
                    "import-key-1", "token");

            StandInServices.Received sent = catalog.received().get(0);
            assertEquals("/api/v1/mentor-imports?dryRun=true", sent.pathAndQuery());
            assertEquals("text/csv", sent.header("Content-Type"));
            assertEquals("displayName;kind\nA;VOLUNTEER\n", sent.body());
            ImportReport preview = (ImportReport) outcome.body();
            assertFalse(preview.importable());

            String html = PlanPageTest.render(ImportResource.Templates.importPage(new ImportResource.ImportPage("mentorer.csv",
                    "ZGF0YQ==", preview, null, null, null, "confirm-key")), "da");
            assertTrue(html.contains("Prøveindlæsning af mentorer.csv"), html);
            assertTrue(html.contains("<dd id=\"import-registered\">2</dd>") && html.contains("<dd id=\"import-refused\">1</dd>"));
            assertTrue(html.contains("<th scope=\"row\" class=\"num\">3</th><td><code>capacityCitizens</code></td>"));
            assertTrue(html.contains("Filen kan ikke indlæses, før de afviste rækker er rettet"));
            assertFalse(html.contains("import-confirm"), "no import of a file with refused rows");
        }
    }

    @Test
    void aCleanDryRunOffersTheImportWithTheFileAndARefusedRealImportSaysNothingWasWritten() {
        String clean = """
                {"dryRun":true,"rows":2,"registered":2,"updated":0,"written":false,"errors":[]}""";
        String refused = """
                {"type":"urn:problem:rule-violated","status":422,"detail":"1 bad row(s); nothing was imported",
                 "errors":[{"field":"row 3","message":"legal basis"}]}""";
        try (StandInServices catalog = new StandInServices(request -> request.pathAndQuery().endsWith("dryRun=true")
                ? new StandInServices.Answer(200, clean) : new StandInServices.Answer(422, refused))) {
            MentorImport imports = new MentorImport(client(catalog, null), new ObjectMapper());
            ImportReport preview = (ImportReport) imports.run("m.xlsx", new byte[] {1, 2}, true, "k-12345678", "token").body();
            assertEquals(MentorImport.XLSX, catalog.received().get(0).header("Content-Type"));

            String html = PlanPageTest.render(ImportResource.Templates.importPage(new ImportResource.ImportPage("m.xlsx",
                    "AQI=", preview, null, null, null, "confirm-key")), "da");
            assertTrue(html.contains("<input type=\"hidden\" name=\"fileData\" value=\"AQI=\">"), html);
            assertTrue(html.contains("Indlæs nu: 2 nye og 0 opdaterede"));

            FormOutcome real = imports.run("m.xlsx", new byte[] {1, 2}, false, "k-87654321", "token");
            assertEquals(422, real.status());
            assertEquals("import_error_rows", real.formError());
            assertEquals("import_error_empty", imports.run("m.csv", new byte[0], true, "k-1", "token").of("file"));
        }
    }

    private StandInServices.Answer fixtureAnswer(StandInServices.Received request) {
        return fixture.handler().answer(request);
    }

    private PlanView view(StandInServices followup) {
        return new PlanQueries(client(null, followup)).plan(fixture.plan, "token");
    }

    /** A client whose catalog and followup are these stand-ins (null: down), the others down. */
    private static ServiceClient client(StandInServices catalog, StandInServices followup) {
        String down = StandInServices.downUrl();
        return StandInServices.client(catalog == null ? down : catalog.url(), down, followup == null ? down : followup.url(), down);
    }
}
