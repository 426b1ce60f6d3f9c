package dk.mentor.catalog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dk.mentor.testing.tokens.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A coordinator's mentors, hours against the guide's norm (3-4 hours a week per 20 mentors, teaching
 * excluded), and the hotline log, over REST with the real database and signed tokens.
 */
@QuarkusTest
class CoordinatorResourceTest extends CatalogTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    private static final LocalDate THIS_MONDAY = TODAY.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

    @Test
    void shouldShowWorkloadAgainstTheNormWithTeachingLeftOut() {
        String coordinator = appoint("Anne Koordinator " + System.nanoTime());
        String first = registerVolunteer("Coordinated One", AARHUS);
        String second = registerVolunteer("Coordinated Two", AARHUS);
        post(coordinator, "/assignments", Map.of("mentorId", first, "from", THIS_MONDAY.minusWeeks(2).toString()))
                .statusCode(201).body("to", nullValue());
        post(coordinator, "/assignments", Map.of("mentorId", second, "from", THIS_MONDAY.minusWeeks(2).toString())).statusCode(201);
        // 2 mentors: the norm expects 0.30-0.40 hours a week
        post(coordinator, "/hours", Map.of("workedOn", THIS_MONDAY.toString(), "kind", "COORDINATION", "hours", 0.25)).statusCode(201);
        post(coordinator, "/hours", Map.of("workedOn", THIS_MONDAY.toString(), "kind", "TEACHING", "hours", 3)).statusCode(201);
        post(coordinator, "/hours", Map.of("workedOn", THIS_MONDAY.minusDays(3).toString(), "kind", "COORDINATION", "hours", 2))
                .statusCode(201);

        as(coordinator(AARHUS)).queryParam("weeks", 3).get("/api/v1/coordinators/" + coordinator + "/workload").then()
                .statusCode(200)
                .body("mentors.mentorId", hasItem(first)).body("mentors", hasSize(2))
                .body("norm.mentorsPerUnit", equalTo(20)).body("norm.source", containsString("s. 22"))
                .body("weeks", hasSize(3))
                .body("weeks[0].monday", equalTo(THIS_MONDAY.toString()))
                .body("weeks[0].mentors", equalTo(2))
                .body("weeks[0].coordinationHours", equalTo(0.25f)).body("weeks[0].teachingHours", equalTo(3.0f))
                .body("weeks[0].expectedMin", equalTo(0.3f)).body("weeks[0].expectedMax", equalTo(0.4f))
                .body("weeks[0].verdict", equalTo("UNDER"))
                .body("weeks[1].coordinationHours", equalTo(2.0f)).body("weeks[1].verdict", equalTo("OVER"))
                .body("weeks[2].verdict", equalTo("UNDER"));
    }

    @Test
    void shouldEndTheMentorsPreviousCoordinatorTheDayBefore() {
        String before = appoint("Before " + System.nanoTime());
        String after = appoint("After " + System.nanoTime());
        String mentor = registerVolunteer("Handed Over", AARHUS);
        post(before, "/assignments", Map.of("mentorId", mentor, "from", "2026-01-05")).statusCode(201);
        post(after, "/assignments", Map.of("mentorId", mentor, "from", "2026-03-02")).statusCode(201);
        post(before, "/assignments", Map.of("mentorId", mentor, "from", "2026-03-02")).statusCode(409);

        as(coordinator(AARHUS)).get("/api/v1/coordinators/" + before + "/assignments").then().statusCode(200)
                .body("items.to", contains("2026-03-01"));
        String foreign = registerVolunteer("Elsewhere", KOBENHAVN);
        post(after, "/assignments", Map.of("mentorId", foreign, "from", "2026-03-02")).statusCode(404);
    }

    @Test
    void shouldLogHotlineContactsAndListThoseNeedingFollowUp() {
        String coordinator = appoint("Hotline " + System.nanoTime());
        String mentor = registerVolunteer("Caller", AARHUS);
        post(coordinator, "/contacts", Map.of("mentorId", mentor, "direction", "FROM_MENTOR",
                "occurredAt", Instant.now().minusSeconds(3600).toString(), "topic", "CONFIDENTIALITY_CONCERN",
                "note", "Bekymring for et barn i hjemmet", "followUpNeeded", true)).statusCode(201)
                .body("note", equalTo("Bekymring for et barn i hjemmet"));
        post(coordinator, "/contacts", Map.of("mentorId", mentor, "direction", "TO_MENTOR",
                "occurredAt", Instant.now().minusSeconds(60).toString(), "topic", "SPARRING", "followUpNeeded", false))
                .statusCode(201);
        post(coordinator, "/contacts", Map.of("mentorId", mentor, "direction", "TO_MENTOR",
                "occurredAt", Instant.now().plusSeconds(86_400).toString(), "topic", "SPARRING", "followUpNeeded", false))
                .statusCode(422).body("errors[0].field", equalTo("occurredAt"));
        post(coordinator, "/contacts", Map.of("mentorId", mentor, "direction", "FROM_MENTOR",
                "occurredAt", Instant.now().minusSeconds(60).toString(), "topic", "MATCH_PROBLEM",
                "note", "Borger 010190-1234 udeblev", "followUpNeeded", true))
                .statusCode(422).body("errors[0].field", equalTo("note"));
        post(coordinator, "/contacts", Map.of("mentorId", mentor, "direction", "SIDEWAYS",
                "occurredAt", Instant.now().toString(), "topic", "SPARRING", "followUpNeeded", false)).statusCode(400);

        as(coordinator(AARHUS)).queryParam("followUpNeeded", true).get("/api/v1/coordinators/" + coordinator + "/contacts")
                .then().statusCode(200).body("items.topic", contains("CONFIDENTIALITY_CONCERN"));
        as(coordinator(AARHUS)).get("/api/v1/coordinators/" + coordinator + "/contacts").then().statusCode(200)
                .body("items.topic", contains("SPARRING", "CONFIDENTIALITY_CONCERN"));
    }

    @Test
    void shouldKeepCoordinatorsToTheirMunicipalityAndRefuseBadInput() {
        String coordinator = appoint("Private " + System.nanoTime());
        as(coordinator(KOBENHAVN)).get("/api/v1/coordinators/" + coordinator).then().statusCode(404);
        as(coordinator(KOBENHAVN)).get("/api/v1/coordinators/" + coordinator + "/contacts").then().statusCode(404);
        as(caseworker(AARHUS)).get("/api/v1/coordinators/" + coordinator).then().statusCode(403);
        given().get("/api/v1/coordinators/" + coordinator).then().statusCode(401);
        as(coordinator(AARHUS)).body(Map.of("municipality", KOBENHAVN, "displayName", "Not mine"))
                .post("/api/v1/coordinators").then().statusCode(404);
        as(coordinator(AARHUS)).queryParam("weeks", 0).get("/api/v1/coordinators/" + coordinator + "/workload").then()
                .statusCode(400).body("errors[0].field", equalTo("weeks"));
        post(coordinator, "/hours", Map.of("workedOn", TODAY.plusDays(2).toString(), "kind", "COORDINATION", "hours", 1))
                .statusCode(422).body("errors[0].field", equalTo("workedOn"));
        post(coordinator, "/hours", Map.of("workedOn", TODAY.toString(), "kind", "COORDINATION", "hours", 25)).statusCode(400);
    }

    @Test
    void shouldLetOnlyAnAdministratorAddANormRow() {
        Map<String, Object> norm = Map.of("mentorsPerUnit", 20, "minHoursAWeek", 3, "maxHoursAWeek", 4, "excludesTeaching", true,
                "validFrom", "2099-01-01", "source", "Testens norm");
        as(coordinator(AARHUS)).body(norm).post("/api/v1/coordinator-norms").then().statusCode(403);
        String admin = TestTokens.user("admin-" + AARHUS).roles("admin").municipalities(AARHUS).bearer();
        as(admin).body(Map.of("mentorsPerUnit", 20, "minHoursAWeek", 5, "maxHoursAWeek", 4, "excludesTeaching", true,
                "validFrom", "2099-01-01", "source", "Testens norm")).post("/api/v1/coordinator-norms").then().statusCode(400)
                .body("errors[0].field", equalTo("maxHoursAWeek"));
        String added = as(admin).body(norm).post("/api/v1/coordinator-norms").then().statusCode(201)
                .body("createdBy", equalTo("admin-" + AARHUS)).extract().path("id");
        as(auditor(AARHUS)).queryParam("subjectId", added).get("/api/v1/audit-entries").then().statusCode(200)
                .body("items.action", hasItem("create"));
        as(coordinator(AARHUS)).get("/api/v1/coordinator-norms").then().statusCode(200)
                .body("items[0].validFrom", equalTo("2099-01-01"));
    }

    private static String appoint(String name) {
        return as(coordinator(AARHUS)).body(Map.of("municipality", AARHUS, "displayName", name))
                .post("/api/v1/coordinators").then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse post(String coordinatorId, String sub, Object body) {
        return as(coordinator(AARHUS)).body(body).post("/api/v1/coordinators/" + coordinatorId + sub).then();
    }

    private static io.restassured.specification.RequestSpecification as(String token) {
        return given().header("Authorization", token).contentType(ContentType.JSON);
    }

}
