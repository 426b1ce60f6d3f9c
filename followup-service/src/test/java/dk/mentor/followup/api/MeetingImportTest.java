package dk.mentor.followup.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.testing.fuzz.RowCounts;
import dk.mentor.testing.tokens.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** POST /api/v1/meeting-imports: JSON and CSV, dry run, all or nothing, duplicates, reach, hostile files, the bound. */
@QuarkusTest
class MeetingImportTest extends FollowupTest {

    private static final String PATH = "/api/v1/meeting-imports";
    private static final LocalDate MONTH = LocalDate.now().minusMonths(1).withDayOfMonth(1);
    private static final String LOGGED = "dk.mentor.followup.MeetingLogged.v1";

    /** A plan of Aarhus opened before last month with a mentor on it since then. */
    private record Planned(String planId, String participantId, String mentor) {
    }

    private static Planned planWithMentor() {
        String token = caseworker(AARHUS);
        String planId = openPlan(token, registerCitizen(token, randomCpr(), AARHUS), MONTH.minusMonths(1));
        String mentor = "importer-" + uuid();
        return new Planned(planId, addParticipant(planId, mentor, "LAB_MENTOR", "LAB_167", MONTH.minusMonths(1)), mentor);
    }

    private static Map<String, Object> meeting(Planned plan, int day, Map<String, Object> overrides) {
        Map<String, Object> item = new HashMap<>(Map.of("planId", plan.planId(), "participantId", plan.participantId(),
                "date", MONTH.plusDays(day).toString(), "durationMinutes", 60, "mode", "IN_PERSON", "place", "CITIZEN_HOME",
                "attendance", "HELD", "transportMinutes", 20));
        item.putAll(overrides);
        return item;
    }

    private static ValidatableResponse importJson(String token, List<Map<String, Object>> meetings, boolean dryRun) {
        return given().header("Authorization", token).contentType(ContentType.JSON).queryParam("dryRun", dryRun)
                .body(Map.of("meetings", meetings)).when().post(PATH).then();
    }

    private static ValidatableResponse importCsv(String token, String csv, boolean dryRun) {
        return given().header("Authorization", token).contentType("text/csv; charset=UTF-8").queryParam("dryRun", dryRun)
                .body(csv.getBytes(StandardCharsets.UTF_8)).when().post(PATH).then();
    }

    private static int meetingCount(String planId) {
        return given().header("Authorization", caseworker(AARHUS)).when().get("/api/v1/plans/" + planId + "/meetings")
                .then().statusCode(200).extract().path("totalItems");
    }

    private static RowCounts rowCounts() {
        return new RowCounts(ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class), "followup",
                Set.of());
    }

    @Test
    void shouldLogEveryMeetingOfAJsonImportForSeveralPlansEachAnnouncedOnce() {
        Planned a = planWithMentor();
        Planned b = planWithMentor();
        importJson(caseworker(AARHUS), List.of(meeting(a, 0, Map.of()), meeting(a, 7, Map.of("durationMinutes", 45)),
                meeting(b, 3, Map.of("minutes", List.of(Map.of("legalBasis", "LAB_167", "minutes", 60))))), false)
                .statusCode(200).body("applied", equalTo(true)).body("logged", equalTo(3)).body("duplicates", equalTo(0))
                .body("results.row", contains(1, 2, 3)).body("results.outcome", everyItem(equalTo("LOGGED")))
                .body("results.meetingId", everyItem(not(nullValue())));

        assertEquals(2, meetingCount(a.planId()));
        assertEquals(1, meetingCount(b.planId()));
        assertEquals(2, planEvents(a.planId(), 2).stream().filter(r -> type(r).equals(LOGGED)).count());
        assertEquals(1, planEvents(b.planId(), 1).stream().filter(r -> type(r).equals(LOGGED)).count());
    }

    @Test
    void shouldReadDanishCsvWithDecimalCommaDanishDatesAndTheMinutesSplit() {
        Planned a = planWithMentor();
        String day = MONTH.plusDays(4).format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        String csv = "\uFEFFplanId;participantId;date;startTime;durationMinutes;mode;place;attendance;transportMinutes;"
                + "activationRelevant;minutes;note;noteVisibility;externalSystem;externalId\r\n"
                + a.planId() + ";" + a.participantId() + ";" + day + ";9.30;90,0;IN_PERSON;CITIZEN_HOME;HELD;30;ja;LAB_167:90;"
                + "\"Talked about; the bus\";PROFESSIONALS;Momentum;M-1\r\n"
                + a.planId() + ";" + a.participantId() + ";" + MONTH.plusDays(5) + ";;30;PHONE;;HELD;0;nej;;;;;\r\n";

        importCsv(caseworker(AARHUS), csv, false).statusCode(200).body("applied", equalTo(true)).body("logged", equalTo(2))
                .body("results.row", contains(2, 3));

        List<Map<String, Object>> meetings = given().header("Authorization", caseworker(AARHUS))
                .when().get("/api/v1/plans/" + a.planId() + "/meetings").then().statusCode(200).extract().path("items");
        Map<String, Object> first = meetings.stream().filter(m -> m.get("durationMinutes").equals(90)).findFirst().orElseThrow();
        assertEquals(MONTH.plusDays(4).toString(), first.get("date"));
        assertEquals(30, first.get("transportMinutes"));
        assertEquals(true, first.get("activationRelevant"));
        assertEquals("Talked about; the bus", first.get("note"));
        assertTrue(meetings.stream().anyMatch(m -> m.get("mode").equals("PHONE")));
    }

    @Test
    void shouldChangeNothingButTheAuditTrailInADryRunAndSayWhatEachRowWouldBecome() {
        Planned a = planWithMentor();
        String existing = logMeeting(mentor(a.mentor()), a.planId(), Map.of("date", MONTH.plusDays(1).toString()))
                .statusCode(201).extract().path("meetingId");
        List<Map<String, Object>> rows = List.of(meeting(a, 0, Map.of()), meeting(a, 1, Map.of()),
                meeting(a, 2, Map.of("durationMinutes", 0)), meeting(a, 0, Map.of()));

        try (RowCounts counts = rowCounts()) {
            Map<String, Long> before = counts.snapshot();
            importJson(caseworker(AARHUS), rows, true).statusCode(200).body("dryRun", equalTo(true))
                    .body("applied", equalTo(false))
                    .body("results.outcome", contains("WOULD_LOG", "DUPLICATE", "ERROR", "DUPLICATE"))
                    .body("results[0].meetingId", nullValue())
                    .body("results[1].meetingId", equalTo(existing))
                    .body("results[2].errors[0].field", equalTo("durationMinutes"))
                    .body("results[3].duplicateOfRow", equalTo(1)).body("results[3].meetingId", nullValue());
            assertEquals(List.of(), RowCounts.differences(before, counts.snapshot()), "a dry run changes nothing");
        }
        given().header("Authorization", TestTokens.user("auditor").roles("auditor").municipalities(AARHUS).bearer())
                .queryParam("subjectId", a.planId()).when().get("/api/v1/audit-entries")
                .then().statusCode(200).body("items.find { it.action == 'import-meetings' }.outcome", equalTo("ALLOWED"));
    }

    @Test
    void shouldApplyNothingWhenOneRowOfFiftyIsBadAndListIt() {
        Planned a = planWithMentor();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rows.add(meeting(a, i % 28, Map.of("startTime", String.format("%02d:00", 8 + i / 28),
                    "externalReference", Map.of("system", "Momentum", "id", "fifty-" + i + "-" + a.planId()))));
        }
        // the mentor holds § 167 only: minutes under § 85 break a rule of logging one meeting, row 37
        rows.set(36, meeting(a, 9, Map.of("minutes", List.of(Map.of("legalBasis", "SEL_85", "minutes", 60)))));

        try (RowCounts counts = rowCounts()) {
            Map<String, Long> before = counts.snapshot();
            importJson(caseworker(AARHUS), rows, false).statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors.field", contains("row 37: minutes")).body("detail", containsString("nothing was logged"));
            assertEquals(List.of(), RowCounts.differences(before, counts.snapshot()), "all or nothing");
        }
        assertEquals(0, meetingCount(a.planId()));

        rows.set(36, meeting(a, 9, Map.of()));
        importJson(caseworker(AARHUS), rows, false).statusCode(200).body("logged", equalTo(50));
        assertEquals(50, meetingCount(a.planId()));
    }

    @Test
    void shouldReplayARepeatWithTheSameIdempotencyKeyAndSkipEveryRowOfARepeatWithout() {
        Planned a = planWithMentor();
        Map<String, Object> body = Map.of("meetings", List.of(meeting(a, 0, Map.of()), meeting(a, 1, Map.of())));
        String key = uuid();
        List<String> first = given().header("Authorization", caseworker(AARHUS)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post(PATH)
                .then().statusCode(200).body("logged", equalTo(2)).extract().path("results.meetingId");
        given().header("Authorization", caseworker(AARHUS)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post(PATH)
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("results.meetingId", equalTo(first));

        given().header("Authorization", caseworker(AARHUS)).contentType(ContentType.JSON).body(body).when().post(PATH)
                .then().statusCode(200).body("logged", equalTo(0)).body("duplicates", equalTo(2))
                .body("results.meetingId", equalTo(first));
        assertEquals(2, meetingCount(a.planId()));
        assertEquals(2, planEvents(a.planId(), 2).stream().filter(r -> type(r).equals(LOGGED)).count());
    }

    @Test
    void shouldTellDuplicatesByReferenceAndByPlanParticipationDayAndStart() {
        Planned a = planWithMentor();
        Map<String, Object> reference = Map.of("system", "Momentum", "id", "ref-" + a.planId());
        String referenced = importJson(caseworker(AARHUS), List.of(meeting(a, 2, Map.of("externalReference", reference)),
                meeting(a, 3, Map.of("startTime", "09:00")), meeting(a, 3, Map.of("startTime", "13:00"))), false)
                .statusCode(200).body("logged", equalTo(3)).extract().path("results[0].meetingId");

        importJson(caseworker(AARHUS), List.of(
                        meeting(a, 2, Map.of("externalReference", reference, "durationMinutes", 30)),
                        meeting(a, 2, Map.of("externalReference", Map.of("system", "Momentum", "id", "other-" + a.planId()))),
                        meeting(a, 3, Map.of("startTime", "13:00")),
                        meeting(a, 3, Map.of("startTime", "15:00")),
                        meeting(a, 3, Map.of("startTime", "15:00"))), false)
                .statusCode(200).body("results.outcome", contains("DUPLICATE", "LOGGED", "DUPLICATE", "LOGGED", "DUPLICATE"))
                .body("results[0].meetingId", equalTo(referenced)).body("results[4].duplicateOfRow", equalTo(4));
        assertEquals(5, meetingCount(a.planId()));

        Planned b = planWithMentor();
        importJson(caseworker(AARHUS), List.of(meeting(b, 2, Map.of("externalReference", reference))), false)
                .statusCode(422).body("errors.field", contains("row 1: externalReference"));
    }

    @Test
    void shouldRefuseAForeignOrUnknownPlanAlikeAndAuditTheAttempt() throws SQLException {
        Planned own = planWithMentor();
        String kobenhavn = caseworker(KOBENHAVN);
        String foreignPlan = openPlan(kobenhavn, registerCitizen(kobenhavn, randomCpr(), KOBENHAVN), MONTH.minusMonths(1));
        String unknownPlan = uuid();
        Planned foreign = new Planned(foreignPlan, uuid(), "nobody");
        Planned unknown = new Planned(unknownPlan, uuid(), "nobody");

        var errors = importJson(caseworker(AARHUS), List.of(meeting(own, 0, Map.of()), meeting(foreign, 0, Map.of()),
                meeting(unknown, 0, Map.of())), false).statusCode(422)
                .body("errors.field", contains("row 2: planId", "row 3: planId")).extract().<List<String>>path("errors.message");
        assertEquals(errors.get(0), errors.get(1), "a foreign plan reads as an unknown one");
        assertEquals(0, meetingCount(own.planId()));

        given().header("Authorization", TestTokens.user("auditor").roles("auditor").municipalities(KOBENHAVN).bearer())
                .queryParam("subjectId", foreignPlan).when().get("/api/v1/audit-entries")
                .then().statusCode(200).body("items.find { it.action == 'import-meetings' }.outcome", equalTo("DENIED"))
                .body("items.find { it.action == 'import-meetings' }.actorMunicipalities", equalTo(AARHUS));
        assertEquals(1, deniedImports(unknownPlan), "an unknown plan belongs to no auditor, but the attempt is kept");
    }

    private static long deniedImports(String planId) throws SQLException {
        try (Connection db = DriverManager.getConnection(
                ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class), "postgres", "");
                PreparedStatement query = db.prepareStatement("select count(*) from followup.audit_entry where subject_id = ?"
                        + " and action = 'import-meetings' and outcome = 'DENIED'")) {
            query.setString(1, planId);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    @Test
    void shouldLetAMentorImportOnlyUnderTheirOwnParticipations() {
        Planned a = planWithMentor();
        Planned other = planWithMentor();
        Map<String, Object> own = meeting(a, 0, Map.of());
        own.remove("participantId");
        importJson(mentor(a.mentor()), List.of(own, meeting(other, 0, Map.of())), false)
                .statusCode(422).body("errors.field", contains("row 2: planId"));
        importJson(mentor(a.mentor()), List.of(own), false).statusCode(200).body("logged", equalTo(1));
        importJson(TestTokens.user("finance-" + uuid()).roles("finance-officer").municipalities(AARHUS).bearer(),
                List.of(own), true).statusCode(403);
    }

    @Test
    void shouldReportHostileCsvCellsByRowWithoutEchoingThem() {
        Planned a = planWithMentor();
        String header = "planId;participantId;date;durationMinutes;mode;attendance;note\r\n";
        String start = a.planId() + ";" + a.participantId() + ";" + MONTH + ";";
        String huge = "x".repeat(200_000);
        String csv = header
                + start + "60;IN_PERSON;HELD;bell\u0007and\u0000nul\r\n"
                + start + "60;IN_PERSON;HELD;" + huge + "\r\n"
                + a.planId() + huge + ";" + a.participantId() + ";" + MONTH + ";60;IN_PERSON;HELD;\r\n"
                + start + "60;IN_PERSON;HELD;note;one cell too many\r\n"
                + start + "sixty;IN_PERSON;HELD;\r\n";

        String answer = importCsv(caseworker(AARHUS), csv, true).statusCode(200).body("errors", equalTo(5))
                .body("results.row", contains(2, 3, 4, 5, 6))
                .body("results.errors.flatten().field", contains("note", "note", "planId", null, "durationMinutes"))
                .extract().asString();
        assertTrue(answer.length() < 5_000, "no cell is echoed: " + answer.length());

        importCsv(caseworker(AARHUS), "planId\tdate\tdurationMinutes\tmode\tattendance\r\n" + a.planId() + "\t" + MONTH
                + "\t60\tIN_PERSON\tHELD\r\n", true)
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("date"));
        importCsv(caseworker(AARHUS), header + start + "\"60;IN_PERSON;HELD;unclosed\r\n", true).statusCode(400);
        assertEquals(0, meetingCount(a.planId()));
    }

    @Test
    void shouldBoundTheRowsOfOneImport() {
        Planned a = planWithMentor();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 2001; i++) {
            rows.add(meeting(a, i % 28, Map.of()));
        }
        importJson(caseworker(AARHUS), rows, true).statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("at most 2000"));
        importJson(caseworker(AARHUS), rows.subList(0, 0), true).statusCode(200).body("results", hasSize(0));
    }
}
