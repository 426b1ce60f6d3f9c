package dk.mentor.followup.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.testing.tokens.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A programme of three municipalities with a quarter of registrations: the status report counts them
 * per municipality with small counts suppressed (primary and secondary), a member reads its own rows
 * but not another's (403, audited), the report comes as CSV and XLSX, and the typed answers are checked.
 */
@QuarkusTest
class ProgrammeReportTest extends FollowupTest {

    static final String SKANDERBORG = "0746";
    static final String ADMIN = TestTokens.user("admin-aarhus").roles("admin").municipalities(AARHUS).bearer();

    /** The last full quarter before today, so every registration in it lies in the past. */
    static final LocalDate QUARTER_START = LocalDate.now().withDayOfMonth(1)
            .withMonth(((LocalDate.now().getMonthValue() - 1) / 3) * 3 + 1).minusMonths(3);
    static final String QUARTER = QUARTER_START.getYear() + "-Q" + ((QUARTER_START.getMonthValue() - 1) / 3 + 1);

    @Test
    void shouldReportAQuarterAcrossThreeMunicipalitiesWithSmallCountsSuppressed() {
        String programme = programme(AARHUS, KOBENHAVN, SKANDERBORG);
        // Aarhus: 6 courses, 2 closed to a job; København: 5, all running; Skanderborg: 2 running.
        for (int i = 0; i < 6; i++) {
            course(programme, AARHUS, i, i < 2);
        }
        for (int i = 0; i < 5; i++) {
            course(programme, KOBENHAVN, i, false);
        }
        for (int i = 0; i < 2; i++) {
            course(programme, SKANDERBORG, i, false);
        }

        JsonPath report = given().header("Authorization", caseworker(KOBENHAVN))
                .when().get("/api/v1/programmes/" + programme + "/reports/" + QUARTER)
                .then().statusCode(200).body("municipalities", contains(KOBENHAVN, SKANDERBORG, AARHUS))
                .body("counts.find { it.measure == 'CLOSED_JOB' }.label", equalTo("Afsluttet: Selvforsørgelse: job"))
                .extract().jsonPath();

        assertEquals(13, count(report, "CITIZENS", "TOTAL"));
        assertTrue(suppressed(report, "CITIZENS", SKANDERBORG), "2 citizens are suppressed");
        assertTrue(suppressed(report, "CLOSED_JOB", AARHUS), "2 closures to a job are suppressed");
        List<Map<String, Object>> rows = report.getList("counts");
        for (Map<String, Object> row : rows) {
            List<Map<String, Object>> cells = cells(row);
            for (Map<String, Object> cell : cells) {
                Object n = cell.get("count");
                assertTrue(n == null ? (Boolean) cell.get("suppressed") : ((Number) n).intValue() == 0 || ((Number) n).intValue() >= 5,
                        "a shown count is 0 or at least 5: " + row.get("measure") + " " + cell);
            }
            long hidden = cells.stream().filter(c -> (Boolean) c.get("suppressed")).count();
            assertTrue(hidden != 1, "one suppressed cell in " + row.get("measure") + " could be recovered from its total");
        }
        Map<String, Object> closedAarhus = cell(report, "CLOSED", AARHUS);
        assertTrue((Boolean) closedAarhus.get("suppressed"), "Aarhus's 2 closures");
        assertNull(average(report, "DAYS_START_TO_CLOSURE", AARHUS), "an average over 2 is not shown");
        assertTrue(suppressed(report, "ACTIVE_AT_END", "TOTAL"), "13 citizens less 2 closed would give the suppressed closures away");
        assertNull(average(report, "DAYS_START_TO_QUARTER_END", "TOTAL"), "nor is an average over a suppressed count");
        assertEquals(13, count(report, "QUARTERLY_REGISTERED", "TOTAL"));
    }

    @Test
    void shouldShowAMemberItsOwnRowsOnlyAndAuditTheAttemptOnAnother() {
        String programme = programme(AARHUS, KOBENHAVN, SKANDERBORG);
        String aarhusPlan = course(programme, AARHUS, 0, true);
        course(programme, KOBENHAVN, 0, false);

        given().header("Authorization", caseworker(AARHUS)).queryParam("municipality", AARHUS)
                .when().get("/api/v1/programmes/" + programme + "/reports/" + QUARTER + "/rows")
                .then().statusCode(200).body("rows.planId", contains(aarhusPlan))
                .body("rows[0].closureStatus", equalTo("JOB")).body("rows[0].closureLabel", equalTo("Selvforsørgelse: job"));
        given().header("Authorization", caseworker(AARHUS)).queryParam("municipality", KOBENHAVN)
                .when().get("/api/v1/programmes/" + programme + "/reports/" + QUARTER + "/rows")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        given().header("Authorization", TestTokens.user("auditor").roles("auditor").municipalities(KOBENHAVN).bearer())
                .queryParam("subjectId", programme).when().get("/api/v1/audit-entries")
                .then().statusCode(200)
                .body("items.find { it.action == 'read-report-rows' }.outcome", equalTo("DENIED"))
                .body("items.find { it.action == 'read-report-rows' }.actorMunicipalities", equalTo(AARHUS));
        // A municipality outside the programme does not see it at all.
        given().header("Authorization", caseworker("0147"))
                .when().get("/api/v1/programmes/" + programme + "/reports/" + QUARTER).then().statusCode(404);
    }

    @Test
    void shouldExportTheReportAsDanishCsvAndXlsx() {
        String programme = programme(AARHUS, KOBENHAVN, SKANDERBORG);
        course(programme, SKANDERBORG, 0, false);
        byte[] csv = given().header("Authorization", ADMIN).queryParam("format", "csv")
                .when().get("/api/v1/programmes/" + programme + "/reports/" + QUARTER)
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains("Kode;Mål;0101;0746;0751;I alt"), text);
        assertTrue(text.contains("CITIZENS;Borgere i forløb i kvartalet;0;<5;0;<5"), text);
        byte[] xlsx = given().header("Authorization", ADMIN).queryParam("format", "XLSX")
                .when().get("/api/v1/programmes/" + programme + "/reports/" + QUARTER)
                .then().statusCode(200).contentType(ReportSheets.XLSX).extract().asByteArray();
        assertEquals('P', xlsx[0], "an XLSX workbook is a zip file");
        given().header("Authorization", ADMIN).when().get("/api/v1/programmes/" + programme + "/reports/2026-Q5")
                .then().statusCode(400).body("errors.field", hasItem("quarter"));
    }

    @Test
    void shouldRefuseAnswersThatDoNotFitTheKindAndRegistrationsOutOfOrder() {
        String plan = aarhusPlan();
        Map<String, Object> quarterly = new HashMap<>(quarterlyAnswers());
        quarterly.put("closureStatus", "JOB");
        quarterly.remove("newTasks");
        register(plan, "START", LocalDate.now(), quarterly).statusCode(422)
                .body("errors.field", hasItems("ageBand", "closureStatus", "hoursIncreased"));
        register(plan, "QUARTERLY", LocalDate.now(), quarterlyAnswers()).statusCode(409);
        register(plan, "START", LocalDate.now(), Map.of("ageBand", "AGE_99")).statusCode(400);
        register(plan, "START", LocalDate.now(), startAnswers()).statusCode(201).body("answers.matchGroup", equalTo("EFFORT_READY"));
        register(plan, "QUARTERLY", LocalDate.now(), quarterlyAnswers()).statusCode(201).body("followUpId", org.hamcrest.Matchers.notNullValue());
        given().header("Authorization", caseworker(AARHUS)).when().get("/api/v1/plans/" + plan + "/follow-ups")
                .then().statusCode(200).body("items.kind", hasItem("QUARTERLY_REGISTRATION"));
        given().header("Authorization", caseworker(AARHUS)).contentType(ContentType.JSON)
                .body(Map.of("kind", "QUARTERLY_REGISTRATION", "answers", Map.of("newTasks", "yes")))
                .when().post("/api/v1/plans/" + plan + "/follow-ups").then().statusCode(422).body("errors.field", hasItem("answers"));
        given().header("Authorization", caseworker(AARHUS)).when().get("/api/v1/registration-codes")
                .then().statusCode(200).body("MatchGroup.find { it.code == 'EFFORT_READY' }.label", equalTo("Matchgruppe 2: indsatsklar"));
    }

    static String programme(String... members) {
        List<Map<String, String>> list = java.util.Arrays.stream(members)
                .map(m -> Map.of("municipality", m, "joinedOn", QUARTER_START.minusMonths(6).toString())).toList();
        return given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "Virksomhedscentre Østjylland", "kind", "COMPANY_CENTRES", "members", list))
                .when().post("/api/v1/programmes").then().statusCode(201).extract().path("id");
    }

    /** A citizen's course in the quarter: started on its 5th + i day, registered quarterly, closed to a job if asked. */
    static String course(String programme, String municipality, int i, boolean closed) {
        String token = caseworker(municipality);
        String plan = openPlan(token, registerCitizen(token, randomCpr(), municipality), QUARTER_START.minusDays(30));
        given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of("planId", plan))
                .when().post("/api/v1/programmes/" + programme + "/enrolments").then().statusCode(201);
        register(token, plan, "START", QUARTER_START.plusDays(4 + i), startAnswers()).statusCode(201);
        register(token, plan, "QUARTERLY", QUARTER_START.plusDays(40 + i), quarterlyAnswers()).statusCode(201);
        if (closed) {
            register(token, plan, "CLOSURE", QUARTER_START.plusDays(60 + i), Map.of("closureStatus", "JOB", "praktikCount", 1,
                    "hadParallelEfforts", false, "hadMentorSupport", true, "hadMunicipalFollowUp", true,
                    "plannedEfforts", List.of("NONE"))).statusCode(201);
        }
        return plan;
    }

    static Map<String, Object> startAnswers() {
        Map<String, Object> a = new HashMap<>(Map.of("ageBand", "AGE_30_39", "gender", "FEMALE", "matchGroup", "EFFORT_READY",
                "educationLevel", "PRIMARY_OR_NONE", "jobExperience", "UNDER_1_YEAR", "benefitType", "CASH_BENEFIT",
                "benefitDuration", "THREE_TO_5_YEARS", "origin", "DANISH", "goalKind", "JOB", "gradualTransition", true));
        a.putAll(Map.of("companyType", "PRIVATE", "companyMentorUsed", true, "companyMentorMonthlyCost", 1500,
                "praktikHoursPerWeek", 12, "parallelOffers", List.of("SOCIAL_MENTOR")));
        return a;
    }

    static Map<String, Object> quarterlyAnswers() {
        return Map.of("hoursIncreased", true, "newTasks", false, "praktikCompleted", false, "supportCompanyMentor", true,
                "supportOtherPerson", false, "supportJobcentreFollowUp", true, "newParallelEfforts", false);
    }

    static io.restassured.response.ValidatableResponse register(String plan, String kind, LocalDate on, Map<String, Object> answers) {
        return register(caseworker(AARHUS), plan, kind, on, answers);
    }

    static io.restassured.response.ValidatableResponse register(String token, String plan, String kind, LocalDate on,
                                                                Map<String, Object> answers) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("kind", kind, "registeredOn", on.toString(), "answers", answers))
                .when().post("/api/v1/plans/" + plan + "/registrations").then();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> cells(Map<String, Object> row) {
        return (List<Map<String, Object>>) row.get("cells");
    }

    private static Map<String, Object> cell(JsonPath report, String measure, String municipality) {
        return report.getMap("counts.find { it.measure == '" + measure + "' }.cells.find { it.municipality == '" + municipality + "' }");
    }

    private static boolean suppressed(JsonPath report, String measure, String municipality) {
        Map<String, Object> c = cell(report, measure, municipality);
        return (Boolean) c.get("suppressed") && c.get("count") == null;
    }

    private static int count(JsonPath report, String measure, String municipality) {
        return ((Number) cell(report, measure, municipality).get("count")).intValue();
    }

    private static Object average(JsonPath report, String measure, String municipality) {
        return report.get("averages.find { it.measure == '" + measure + "' }.cells.find { it.municipality == '" + municipality + "' }.value");
    }
}
