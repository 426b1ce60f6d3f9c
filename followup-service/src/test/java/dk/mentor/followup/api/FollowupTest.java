package dk.mentor.followup.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import dk.mentor.contracts.events.Topics;
import dk.mentor.testing.cpr.RandomCpr;
import dk.mentor.testing.infra.TestInfra;
import dk.mentor.testing.infra.TestInfraResource;
import dk.mentor.testing.kafka.TopicReader;
import dk.mentor.testing.tokens.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Shared set-up of the REST tests: real database and broker, real tokens, and small helpers per use case. */
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "followup"))
abstract class FollowupTest {

    static final String AARHUS = "0751";
    static final String KOBENHAVN = "0101";

    static String caseworker(String municipality) {
        return TestTokens.user("caseworker-" + municipality).roles("caseworker").municipalities(municipality).bearer();
    }

    static String mentor(String username) {
        return TestTokens.user(username).roles("mentor").municipalities(AARHUS).bearer();
    }

    /** A CPR number with a real birth date and random serial, different in every test. */
    static String randomCpr() {
        String cpr = RandomCpr.next();
        return cpr.substring(0, 6) + "-" + cpr.substring(6);
    }

    static String registerCitizen(String token, String cpr, String municipality) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("cpr", cpr, "actingMunicipality", municipality))
                .when().post("/api/v1/citizens").then().statusCode(201).extract().path("id");
    }

    static String openPlan(String token, String citizenId) {
        return openPlan(token, citizenId, LocalDate.now());
    }

    static String openPlan(String token, String citizenId, LocalDate openedOn) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("citizenId", citizenId, "longTermGoal", "A job in a warehouse",
                        "targetGroups", List.of("LONG_TERM_UNEMPLOYED"), "openedOn", openedOn.toString(),
                        "linkedPlans", List.of(Map.of("kind", "JOB_PLAN", "system", "KMD Momentum", "reference", "JP-1"))))
                .when().post("/api/v1/plans").then().statusCode(201).extract().path("id");
    }

    /** A citizen of Aarhus with an open plan; returns the plan id. */
    static String aarhusPlan() {
        String token = caseworker(AARHUS);
        return openPlan(token, registerCitizen(token, randomCpr(), AARHUS));
    }

    static String addParticipant(String planId, String username, String role, String basis) {
        return addParticipant(planId, username, role, basis, LocalDate.now().minusDays(1));
    }

    static String addParticipant(String planId, String username, String role, String basis, LocalDate startedOn) {
        return addParticipant(caseworker(AARHUS), planId, username, role, basis, startedOn);
    }

    static String addParticipant(String token, String planId, String username, String role, String basis,
                                 LocalDate startedOn) {
        Map<String, Object> body = new HashMap<>(Map.of("displayName", "Person " + username, "username", username,
                "role", role, "legalBasis", basis, "startedOn", startedOn.toString()));
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans/" + planId + "/participants").then().statusCode(201).extract().path("id");
    }

    static String consentAcrossLines(String planId) {
        return consentAcrossLines(caseworker(AARHUS), planId);
    }

    static String consentAcrossLines(String token, String planId) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("purpose", "SHARE_ACROSS_LINES", "basis", "CONSENT"))
                .when().post("/api/v1/plans/" + planId + "/consents").then().statusCode(201).extract().path("id");
    }

    static String consentWith(String planId, String municipality) {
        return given().header("Authorization", caseworker(AARHUS)).contentType(ContentType.JSON)
                .body(Map.of("purpose", "SHARE_WITH_MUNICIPALITY", "recipientMunicipality", municipality, "basis", "CONSENT"))
                .when().post("/api/v1/plans/" + planId + "/consents").then().statusCode(201).extract().path("id");
    }

    static ValidatableResponse logMeeting(String token, String planId, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("date", LocalDate.now().toString(), "durationMinutes", 60,
                "mode", "IN_PERSON", "place", "CITIZEN_HOME", "attendance", "HELD", "transportMinutes", 20));
        body.putAll(overrides);
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans/" + planId + "/meetings").then();
    }

    static ValidatableResponse getPlan(String token, String planId) {
        return given().header("Authorization", token).when().get("/api/v1/plans/" + planId).then();
    }

    /** The records on followup.plan.v1 about one plan, once at least {@code count} of them arrived. */
    static List<ConsumerRecord<String, String>> planEvents(String planId, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> TopicReader
                .readAll(TestInfra.kafka().bootstrapServers(), Topics.FOLLOWUP_PLAN).stream()
                .filter(r -> planId.equals(r.key())).toList(), list -> list.size() >= count);
    }

    static String type(ConsumerRecord<String, String> record) {
        return TopicReader.header(record, "ce_type");
    }

    static String uuid() {
        return UUID.randomUUID().toString();
    }
}
