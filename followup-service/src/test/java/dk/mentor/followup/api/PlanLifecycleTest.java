package dk.mentor.followup.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlanLifecycleTest extends FollowupTest {

    @Test
    void shouldAllowOnlyOneActivePlanPerCitizen() {
        String token = caseworker(AARHUS);
        String citizenId = registerCitizen(token, randomCpr(), AARHUS);
        openPlan(token, citizenId);
        given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("citizenId", citizenId, "longTermGoal", "Another"))
                .when().post("/api/v1/plans").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void shouldRegisterAnonymousSel99CitizenOnTheSocialLine() {
        String socialWorker = socialWorker();
        String citizenId = registerAnonymous(socialWorker).body("anonymous", equalTo(true)).body("identified", equalTo(false))
                .extract().path("id");
        String planId = openPlan(socialWorker, citizenId);
        getPlan(socialWorker, planId).statusCode(200).body("line", equalTo("SOCIAL"));
        getPlan(caseworker(AARHUS), planId).statusCode(404);
    }

    @Test
    void shouldNotOpenAnEmploymentPlanForAnAnonymousCitizen() {
        String citizenId = registerAnonymous(socialWorker()).extract().path("id");
        given().header("Authorization", caseworker(AARHUS)).contentType(ContentType.JSON)
                .body(Map.of("citizenId", citizenId, "longTermGoal", "A job", "caseworkerBasis", "LAB_40_3"))
                .when().post("/api/v1/plans").then().statusCode(422)
                .body("errors[0].field", equalTo("caseworkerBasis"));
    }

    @Test
    void shouldAddOnlySection99ParticipantsForAnAnonymousCitizen() {
        String socialWorker = socialWorker();
        String planId = openPlan(socialWorker, registerAnonymous(socialWorker).extract().path("id"));
        // § 85 is on the plan's own (social) line, so only the anonymity refuses it
        given().header("Authorization", socialWorker).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Støtte", "username", "sk-" + uuid(), "role", "SUPPORT_CONTACT_PERSON_SEL85",
                        "legalBasis", "SEL_85"))
                .when().post("/api/v1/plans/" + planId + "/participants").then().statusCode(422)
                .body("errors[0].field", equalTo("legalBasis"));
        addParticipant(socialWorker, planId, "kp-" + uuid(), "CONTACT_PERSON_SEL99", "SEL_99", LocalDate.now());
    }

    private static String socialWorker() {
        return dk.mentor.testing.tokens.TestTokens.user("sw-" + uuid()).roles("social-worker").municipalities(AARHUS).bearer();
    }

    private static io.restassured.response.ValidatableResponse registerAnonymous(String token) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("anonymous", true, "alias", "Ravnen", "actingMunicipality", AARHUS))
                .when().post("/api/v1/citizens").then().statusCode(201);
    }

    @Test
    void shouldTrackProgressionTrendAndReportIt() throws Exception {
        String planId = aarhusPlan();
        rate(planId, "2026-11-01", 3, Map.of("MOTIVATION", 4)).statusCode(201);
        rate(planId, "2026-12-01", 5, Map.of("MOTIVATION", 7, "HEALTH", 5)).statusCode(201)
                .body("nextStep", equalTo("A driving licence"));
        rate(planId, "2026-12-02", 11, Map.of()).statusCode(422).body("errors[0].field", equalTo("labourMarketScore"));
        String goalId = given().header("Authorization", caseworker(AARHUS)).contentType(ContentType.JSON)
                .body(Map.of("description", "Meet on time three weeks in a row")).when().post("/api/v1/plans/" + planId + "/goals")
                .then().statusCode(201).body("status", equalTo("PROPOSED")).extract().path("id");
        given().header("Authorization", caseworker(AARHUS)).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("status", "ACHIEVED")).when().put("/api/v1/plans/" + planId + "/goals/" + goalId + "/status")
                .then().statusCode(422);
        given().header("Authorization", caseworker(AARHUS)).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("status", "ACTIVE")).when().put("/api/v1/plans/" + planId + "/goals/" + goalId + "/status")
                .then().statusCode(200).header("ETag", equalTo("\"1\""));

        given().header("Authorization", caseworker(AARHUS)).when().get("/api/v1/plans/" + planId + "/progress-report")
                .then().statusCode(200)
                .body("trend", equalTo("RISING"))
                .body("series.labourMarketScore", equalTo(List.of(3, 5)))
                .body("dimensions.MOTIVATION.delta", equalTo(3))
                .body("goals[0].status", equalTo("ACTIVE"));

        var recorded = planEvents(planId, 3).stream()
                .filter(r -> type(r).equals("dk.mentor.followup.ProgressionRecorded.v1")).toList();
        Assertions.assertEquals(2, recorded.size());
        Assertions.assertFalse(recorded.get(1).value().contains("driving licence"), "answers stay in the service");
        Assertions.assertEquals(5, new ObjectMapper().readTree(recorded.get(1).value()).get("labourMarketScore").asInt());
    }

    @Test
    void shouldCloseWithCodedOutcomeAndAftercareAndAnnounceIt() throws Exception {
        String planId = aarhusPlan();
        String etag = getPlan(caseworker(AARHUS), planId).statusCode(200).extract().header("ETag");
        given().header("Authorization", caseworker(AARHUS)).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("outcome", "JOB", "closedOn", LocalDate.now().toString(), "aftercareMonths", 13))
                .when().post("/api/v1/plans/" + planId + "/closure").then().statusCode(400);
        given().header("Authorization", caseworker(AARHUS)).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("outcome", "JOB", "closedOn", LocalDate.now().toString(), "aftercareMonths", 6,
                        "effortsSummary", "2 placements, mentor support", "plannedFutureEfforts", "Monthly aftercare calls"))
                .when().post("/api/v1/plans/" + planId + "/closure")
                .then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("aftercareUntil", equalTo(LocalDate.now().plusMonths(6).toString()));
        var outcome = planEvents(planId, 2).stream()
                .filter(r -> type(r).equals("dk.mentor.followup.OutcomeRecorded.v1")).findFirst().orElseThrow();
        Assertions.assertEquals("JOB", new ObjectMapper().readTree(outcome.value()).get("outcome").asText());
    }

    @Test
    void shouldEscalateIncidentUpTheCrisisLadderRecordingWhoWasTold() {
        String planId = aarhusPlan();
        String path = "/api/v1/plans/" + planId + "/incidents";
        String id = given().header("Authorization", caseworker(AARHUS)).contentType(ContentType.JSON)
                .body(Map.of("level", 1, "summary", "Crisis call late at night", "told", List.of("coordination group")))
                .when().post(path).then().statusCode(201).extract().path("id");
        given().header("Authorization", caseworker(AARHUS)).contentType(ContentType.JSON)
                .body(Map.of("level", 1, "told", List.of("again"))).when().post(path + "/" + id + "/escalations")
                .then().statusCode(422);
        given().header("Authorization", caseworker(AARHUS)).contentType(ContentType.JSON)
                .body(Map.of("level", 2, "told", List.of("project leader"))).when().post(path + "/" + id + "/escalations")
                .then().statusCode(200).body("level", equalTo(2))
                .body("notifications.told", equalTo(List.of("coordination group", "project leader")));
    }

    @Test
    void shouldListAlertsComputedForTheCallersMunicipality() {
        String token = caseworker(AARHUS);
        String planId = openPlan(token, registerCitizen(token, randomCpr(), AARHUS), LocalDate.now().minusMonths(4));
        String mentorId = addParticipant(planId, "late-" + uuid(), "VOLUNTEER_MENTOR", "LAB_167", LocalDate.now().minusDays(40));
        given().header("Authorization", token).queryParam("size", 200).when().get("/api/v1/alerts")
                .then().statusCode(200)
                .body("items.findAll { it.planId == '" + planId + "' }.kind",
                        org.hamcrest.Matchers.hasItems("MEETING_OVERDUE", "MENTORSHIP_FOLLOW_UP_DUE", "QUARTERLY_REGISTRATION_DUE"));
        given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("kind", "MENTORSHIP_1_MONTH", "participantId", mentorId, "answers", Map.of("matchStatus", "good")))
                .when().post("/api/v1/plans/" + planId + "/follow-ups").then().statusCode(201);
        given().header("Authorization", token).queryParam("size", 200).queryParam("kind", "MENTORSHIP_FOLLOW_UP_DUE")
                .when().get("/api/v1/alerts").then().statusCode(200)
                .body("items.planId", not(hasItem(planId)));
        given().header("Authorization", caseworker(KOBENHAVN)).queryParam("size", 200).when().get("/api/v1/alerts")
                .then().statusCode(200).body("items.planId", not(hasItem(planId)));
    }

    private static io.restassured.response.ValidatableResponse rate(String planId, String day, int score, Map<String, Integer> dims) {
        return given().header("Authorization", caseworker(AARHUS)).contentType(ContentType.JSON)
                .body(Map.of("ratedOn", day, "labourMarketScore", score, "nextStep", "A driving licence",
                        "mentorSupport", "Practise the theory test", "dimensions", dims))
                .when().post("/api/v1/plans/" + planId + "/progressions").then();
    }
}
