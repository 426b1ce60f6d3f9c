package dk.mentor.followup.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.testing.tokens.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A municipality's case system: its own client, external references, and syncing plans by updatedSince. */
@QuarkusTest
class CaseSystemTest extends FollowupTest {

    private static final String PROBLEMS = "https://mentor.example/problems/";

    static String caseSystem(String place, String municipality) {
        return TestTokens.user("service-account-case-system-" + place).roles("integration").municipalities(municipality)
                .client("case-system-" + place).bearer();
    }

    private static final String AARHUS_SYSTEM = caseSystem("aarhus", AARHUS);
    private static final String KOBENHAVN_SYSTEM = caseSystem("kobenhavn", KOBENHAVN);

    private static Map<String, String> reference(String id) {
        return Map.of("system", "sbsys", "id", id);
    }

    private static ValidatableResponse register(String token, String municipality, Map<String, String> reference) {
        Map<String, Object> body = new HashMap<>(Map.of("cpr", randomCpr(), "actingMunicipality", municipality));
        body.put("externalReference", reference);
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/citizens").then();
    }

    private static ValidatableResponse open(String token, String citizenId, Map<String, String> reference) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("citizenId", citizenId, "longTermGoal", "A job in a warehouse",
                        "targetGroups", List.of("LONG_TERM_UNEMPLOYED"), "externalReference", reference))
                .when().post("/api/v1/plans").then();
    }

    private static ValidatableResponse find(String token, String resource, Map<String, String> reference) {
        return given().header("Authorization", token).queryParam("system", reference.get("system"))
                .queryParam("id", reference.get("id")).when().get("/api/v1/" + resource + "/by-external-reference").then();
    }

    @Test
    void shouldAnswerARepeatedCitizenWithTheExistingOneAndFindItByReference() {
        Map<String, String> reference = reference("SAG-" + UUID.randomUUID());
        String id = register(AARHUS_SYSTEM, AARHUS, reference).statusCode(201)
                .body("externalReference.system", equalTo("sbsys")).body("externalReference.id", equalTo(reference.get("id")))
                .extract().path("id");

        register(AARHUS_SYSTEM, AARHUS, reference).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "external-reference-taken"))
                .body("existingId", equalTo(id))
                .header("Location", endsWith("/api/v1/citizens/" + id));

        find(AARHUS_SYSTEM, "citizens", reference).statusCode(200).body("id", equalTo(id))
                .body("externalReference.id", equalTo(reference.get("id")));
        find(KOBENHAVN_SYSTEM, "citizens", reference).statusCode(404).body("type", equalTo(PROBLEMS + "not-found"));
        // unique per municipality: Copenhagen's case system may use the same key for its own citizen
        String copenhagen = register(KOBENHAVN_SYSTEM, KOBENHAVN, reference).statusCode(201).extract().path("id");
        find(KOBENHAVN_SYSTEM, "citizens", reference).statusCode(200).body("id", equalTo(copenhagen));
    }

    @Test
    void shouldRefuseACprNumberAsExternalIdAndUnsafeReferences() {
        String cpr = randomCpr();
        register(AARHUS_SYSTEM, AARHUS, reference(cpr)).statusCode(422)
                .body("type", equalTo(PROBLEMS + "rule-violated"))
                .body("errors[0].field", equalTo("externalReference.id"));
        register(AARHUS_SYSTEM, AARHUS, reference("case-" + cpr.replace("-", ""))).statusCode(422);
        register(AARHUS_SYSTEM, AARHUS, Map.of("system", "SBSYS!", "id", "1")).statusCode(400)
                .body("type", equalTo(PROBLEMS + "validation-failed"));
        register(AARHUS_SYSTEM, AARHUS, Map.of("system", "sbsys", "id", "a\u0007b")).statusCode(400);
        register(AARHUS_SYSTEM, AARHUS, Map.of("system", "sbsys", "id", "x".repeat(101))).statusCode(400);
    }

    @Test
    void shouldOpenAPlanOnceByReferenceAndFindItOnlyInTheCallersMunicipality() {
        String citizen = register(AARHUS_SYSTEM, AARHUS, reference("SAG-" + UUID.randomUUID())).statusCode(201)
                .extract().path("id");
        Map<String, String> reference = reference("PLAN-" + UUID.randomUUID());
        String plan = open(AARHUS_SYSTEM, citizen, reference).statusCode(201)
                .body("externalReference.id", equalTo(reference.get("id"))).extract().path("id");

        open(AARHUS_SYSTEM, citizen, reference).statusCode(409)
                .body("type", equalTo(PROBLEMS + "external-reference-taken"))
                .body("existingId", equalTo(plan))
                .header("Location", endsWith("/api/v1/plans/" + plan));

        find(AARHUS_SYSTEM, "plans", reference).statusCode(200).header("ETag", "\"0\"").body("id", equalTo(plan));
        // a look-up reads the plan, so the line rules apply: the case system opened it on the social line
        String socialWorker = TestTokens.user("social-worker-aarhus").roles("social-worker").municipalities(AARHUS).bearer();
        find(socialWorker, "plans", reference).statusCode(200).body("id", equalTo(plan));
        find(caseworker(AARHUS), "plans", reference).statusCode(404).body(not(containsString(plan)));
        find(KOBENHAVN_SYSTEM, "plans", reference).statusCode(404);
        given().header("Authorization", AARHUS_SYSTEM).queryParam("system", "sbsys").queryParam("id", reference.get("id"))
                .queryParam("municipality", KOBENHAVN).when().get("/api/v1/plans/by-external-reference").then().statusCode(404);
    }

    @Test
    void shouldListPlansChangedSinceAnInstantOldestChangeFirst() {
        String first = openedPlan();
        String second = openedPlan();
        Instant firstOpened = updatedAt(first);
        Instant secondOpened = updatedAt(second);
        assertTrue(secondOpened.isAfter(firstOpened), "opened one after the other");

        List<String> sinceFirst = changedSince(firstOpened);
        assertEquals(List.of(first, second), sinceFirst.stream().filter(id -> id.equals(first) || id.equals(second)).toList());
        assertFalse(changedSince(secondOpened.plus(1, ChronoUnit.MICROS)).contains(first));

        // a change on the plan, not of the plan's own row, counts as a change of the plan
        consentAcrossLines(AARHUS_SYSTEM, first);
        Instant changed = updatedAt(first);
        assertTrue(changed.isAfter(secondOpened), changed + " after " + secondOpened);
        List<String> sinceSecond = changedSince(secondOpened.plus(1, ChronoUnit.MICROS));
        assertTrue(sinceSecond.contains(first), "the consent touched the plan");
        assertFalse(sinceSecond.contains(second), "the other plan did not change");

        given().header("Authorization", AARHUS_SYSTEM).queryParam("updatedSince", "yesterday")
                .when().get("/api/v1/plans").then().statusCode(400).body("errors[0].field", equalTo("updatedSince"));
    }

    private static String openedPlan() {
        String citizen = registerCitizen(AARHUS_SYSTEM, randomCpr(), AARHUS);
        return open(AARHUS_SYSTEM, citizen, reference("PLAN-" + UUID.randomUUID())).statusCode(201).extract().path("id");
    }

    private static Instant updatedAt(String plan) {
        return Instant.parse(getPlan(AARHUS_SYSTEM, plan).statusCode(200).extract().path("updatedAt"));
    }

    private static List<String> changedSince(Instant since) {
        return given().header("Authorization", AARHUS_SYSTEM).queryParam("updatedSince", since.toString())
                .queryParam("size", 100).when().get("/api/v1/plans").then().statusCode(200).extract().path("items.id");
    }
}
