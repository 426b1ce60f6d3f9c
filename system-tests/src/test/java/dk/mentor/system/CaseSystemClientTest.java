package dk.mentor.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;

import dk.mentor.demo.MentorSpec;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Aarhus' case system with its own client (case-system-aarhus, client credentials from the real
 * Keycloak): registers a citizen, opens a plan and refers to a mentor, each under its own external
 * reference, so a repeated sync finds what exists; reads the shortlist, syncs plans by updatedSince and
 * reads claims. It stays out of Copenhagen, and Copenhagen's audit log names the client that tried.
 */
class CaseSystemClientTest extends SuiteTest {

    private static final String AARHUS = "0751";
    private static final String KOBENHAVN = "0101";
    private static final String CLIENT = "case-system-aarhus";
    private static final String PROBLEMS = "https://mentor.example/problems/";

    @Test
    void shouldSyncAsAarhusCaseSystemAndBeRefusedAndNamedInCopenhagen() {
        String token = suite.caseSystemToken("aarhus");
        given().baseUri(suite.catalog().baseUrl()).auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("service-account-" + CLIENT)).body("roles", equalTo(List.of("integration")))
                .body("municipalities.code", equalTo(List.of(AARHUS)));
        Steps steps = new Steps(suite);
        UUID mentor = steps.catalog.activeMentor("coordinator-aarhus",
                MentorSpec.of("Case System Mentor", "PAID_SOCIAL_MENTOR", AARHUS, List.of("LAB_167")).paid("300"));
        steps.matching.awaitCandidate("caseworker-aarhus", mentor);

        String caseKey = "SAG-" + UUID.randomUUID();
        Map<String, Object> citizen = Map.of("cpr", Steps.randomCpr(), "actingMunicipality", AARHUS,
                "externalReference", Map.of("system", "sbsys", "id", caseKey));
        String citizenId = followup(token).body(citizen).post("/api/v1/citizens").then().statusCode(201)
                .body("externalReference.id", equalTo(caseKey)).extract().path("id");
        followup(token).body(citizen).post("/api/v1/citizens").then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "external-reference-taken")).body("existingId", equalTo(citizenId))
                .header("Location", endsWith("/api/v1/citizens/" + citizenId));
        followup(token).queryParam("system", "sbsys").queryParam("id", caseKey).get("/api/v1/citizens/by-external-reference")
                .then().statusCode(200).body("id", equalTo(citizenId));

        String planKey = "PLAN-" + UUID.randomUUID();
        String planId = followup(token).body(Map.of("citizenId", citizenId, "longTermGoal", "A job within the year",
                        "targetGroups", List.of("LONG_TERM_UNEMPLOYED"),
                        "externalReference", Map.of("system", "sbsys", "id", planKey)))
                .post("/api/v1/plans").then().statusCode(201).extract().path("id");
        Instant planChanged = Instant.parse(followup(token).get("/api/v1/plans/" + planId).then().statusCode(200)
                .extract().path("updatedAt"));
        List<String> changedPlans = followup(token).queryParam("updatedSince", planChanged.toString()).queryParam("size", 100)
                .get("/api/v1/plans").then().statusCode(200).extract().path("items.id");
        assertThat(changedPlans, hasItem(planId));

        String referralKey = "HENV-" + UUID.randomUUID();
        String referralId = matching(token).body(referral(planId, referralKey)).post("/api/v1/referrals").then().statusCode(201)
                .extract().path("id");
        matching(token).body(referral(planId, referralKey)).post("/api/v1/referrals").then().statusCode(409)
                .body("existingId", equalTo(referralId));
        String etag = matching(token).queryParam("system", "sbsys").queryParam("id", referralKey)
                .get("/api/v1/referrals/by-external-reference").then().statusCode(200).body("id", equalTo(referralId))
                .extract().header("ETag");
        matching(token).header("If-Match", etag).post("/api/v1/referrals/" + referralId + "/shortlist").then().statusCode(200)
                .body("status", equalTo("PROPOSED"));
        List<Object> shortlist = matching(token).get("/api/v1/referrals/" + referralId + "/proposals").then().statusCode(200)
                .extract().path("id");
        assertThat(shortlist, not(empty()));

        List<String> claimMunicipalities = given().baseUri(suite.refusion().baseUrl()).auth().oauth2(token)
                .queryParam("updatedSince", "2020-01-01T00:00:00Z").queryParam("size", 100)
                .get("/api/v1/refusion-claims").then().statusCode(200).extract().path("items.municipality");
        assertThat(claimMunicipalities, everyItem(equalTo(AARHUS)));
        given().baseUri(suite.refusion().baseUrl()).auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("municipality", AARHUS, "regime", "TRIAL_REFUND_50", "periodFrom", "2026-01-01", "periodTo", "2026-03-31"))
                .post("/api/v1/refusion-claims").then().statusCode(403);

        UUID copenhagenCitizen = steps.plans.citizen("caseworker-kobenhavn", KOBENHAVN, Steps.randomCpr(), "case-system");
        UUID copenhagenPlan = steps.plans.openPlan("caseworker-kobenhavn", copenhagenCitizen, LocalDate.now(),
                "A job within the year", List.of("LONG_TERM_UNEMPLOYED"), "case-system");
        followup(token).get("/api/v1/plans/" + copenhagenPlan).then().statusCode(404)
                .body("type", equalTo(PROBLEMS + "not-found"));
        given().baseUri(suite.service("followup-service").baseUrl()).auth().oauth2(suite.token("auditor-kobenhavn"))
                .queryParam("subjectId", copenhagenPlan.toString()).get("/api/v1/audit-entries").then().statusCode(200)
                .body("items.find { it.outcome == 'DENIED' }.actorClient", equalTo(CLIENT))
                .body("items.find { it.outcome == 'DENIED' }.actorName", equalTo("service-account-" + CLIENT));
    }

    private RequestSpecification followup(String token) {
        return given().baseUri(suite.service("followup-service").baseUrl()).auth().oauth2(token).contentType(ContentType.JSON);
    }

    private RequestSpecification matching(String token) {
        return given().baseUri(suite.matching().baseUrl()).auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static Map<String, Object> referral(String planId, String externalId) {
        LocalDate today = LocalDate.now();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("planId", planId);
        body.put("actingMunicipality", AARHUS);
        body.put("legalBasis", "LAB_167");
        body.put("purpose", "Structure and a first job");
        body.put("tasks", List.of("Structure in the week"));
        body.put("hoursPerWeek", 3);
        body.put("meetingFrequency", "WEEKLY");
        body.put("periodStart", today.toString());
        body.put("periodEnd", today.plusMonths(6).minusDays(1).toString());
        body.put("targetGroups", List.of("LONG_TERM_UNEMPLOYED"));
        body.put("needs", List.of("structure"));
        body.put("languages", List.of("da"));
        body.put("urgency", "NORMAL");
        body.put("externalReference", Map.of("system", "sbsys", "id", externalId));
        return body;
    }
}
