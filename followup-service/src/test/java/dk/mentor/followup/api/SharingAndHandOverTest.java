package dk.mentor.followup.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.testing.tokens.TestTokens;
import dk.mentor.followup.application.HandOverDeadlines;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SharingAndHandOverTest extends FollowupTest {

    @Inject
    HandOverDeadlines deadlines;

    @Test
    void shouldLetReceivingMunicipalityInOnlyAfterConsentAndAcceptedHandOver() throws Exception {
        String planId = aarhusPlan();
        getPlan(caseworker(KOBENHAVN), planId).statusCode(404).contentType("application/problem+json");

        offer(planId, uuid()).statusCode(422).body("errors[0].field", equalTo("consentId"));
        String consentId = consentWith(planId, KOBENHAVN);
        var offered = offer(planId, consentId).statusCode(201).body("status", equalTo("OFFERED")).extract();
        String handOverId = offered.path("id");
        getPlan(caseworker(KOBENHAVN), planId).statusCode(404);

        given().header("Authorization", caseworker(KOBENHAVN)).when().get("/api/v1/hand-overs")
                .then().statusCode(200).body("items.id", hasItem(handOverId))
                .body("items.find { it.id == '" + handOverId + "' }.offerAnnotation", equalTo("Keep the weekly meetings"));
        given().header("Authorization", caseworker(AARHUS)).header("If-Match", offered.header("ETag"))
                .contentType(ContentType.JSON).body(Map.of("annotation", "mine"))
                .when().post("/api/v1/hand-overs/" + handOverId + "/acceptance").then().statusCode(404);

        given().header("Authorization", caseworker(KOBENHAVN)).header("If-Match", offered.header("ETag"))
                .contentType(ContentType.JSON).body(Map.of("annotation", "Taken over by the youth team"))
                .when().post("/api/v1/hand-overs/" + handOverId + "/acceptance")
                .then().statusCode(200).body("status", equalTo("ACCEPTED"));

        getPlan(caseworker(KOBENHAVN), planId).statusCode(200).body("ownerMunicipality", equalTo(KOBENHAVN));
        getPlan(caseworker(AARHUS), planId).statusCode(404);

        var handedOver = planEvents(planId, 2).stream()
                .filter(r -> type(r).equals("dk.mentor.followup.PlanHandedOver.v1")).findFirst().orElseThrow();
        var body = new ObjectMapper().readTree(handedOver.value());
        org.junit.jupiter.api.Assertions.assertEquals(AARHUS, body.get("fromMunicipality").asText());
        org.junit.jupiter.api.Assertions.assertEquals(KOBENHAVN, body.get("toMunicipality").asText());
    }

    @Test
    void shouldRefuseRejectionButLetTheReceiverDisputeOnceWithAReason() {
        String planId = aarhusPlan();
        var offered = offer(planId, consentWith(planId, KOBENHAVN)).statusCode(201)
                .body("disputableUntil", equalTo(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen"))
                        .plusDays(14).toString())).extract();
        String url = "/api/v1/hand-overs/" + offered.path("id");
        given().header("Authorization", caseworker(KOBENHAVN)).contentType(ContentType.JSON)
                .body(Map.of("annotation", "The citizen did not move after all"))
                .when().post(url + "/rejection").then().statusCode(409).contentType("application/problem+json");

        var disputed = given().header("Authorization", caseworker(KOBENHAVN)).header("If-Match", offered.header("ETag"))
                .contentType(ContentType.JSON).body(Map.of("reason", "The citizen still lives in Aarhus"))
                .when().post(url + "/dispute").then().statusCode(200).body("status", equalTo("OFFERED"))
                .body("disputeReason", equalTo("The citizen still lives in Aarhus")).extract();
        given().header("Authorization", caseworker(KOBENHAVN)).header("If-Match", disputed.header("ETag"))
                .contentType(ContentType.JSON).body(Map.of("reason", "Again"))
                .when().post(url + "/dispute").then().statusCode(409);
        given().header("Authorization", caseworker(AARHUS)).header("If-Match", disputed.header("ETag"))
                .contentType(ContentType.JSON).body(Map.of("reason", "The sender cannot dispute"))
                .when().post(url + "/dispute").then().statusCode(404);
        getPlan(caseworker(AARHUS), planId).statusCode(200).body("ownerMunicipality", equalTo(AARHUS));
    }

    @Test
    void shouldHandOverFromTheMoveDateSoCostsFollowTheMove() throws Exception {
        String planId = aarhusPlan();
        String moveDate = java.time.LocalDate.now().minusDays(3).toString();
        var offered = given().header("Authorization", caseworker(AARHUS)).contentType(ContentType.JSON)
                .body(Map.of("toMunicipality", KOBENHAVN, "consentId", consentWith(planId, KOBENHAVN),
                        "annotation", "Moved last week", "moveDate", moveDate))
                .when().post("/api/v1/plans/" + planId + "/hand-overs").then().statusCode(201)
                .body("moveDate", equalTo(moveDate)).extract();
        String url = "/api/v1/hand-overs/" + offered.path("id") + "/acceptance";
        given().header("Authorization", caseworker(KOBENHAVN)).header("If-Match", offered.header("ETag"))
                .contentType(ContentType.JSON).body(Map.of("effectiveOn", java.time.LocalDate.now().toString()))
                .when().post(url).then().statusCode(422).body("errors[0].field", equalTo("effectiveOn"));

        given().header("Authorization", caseworker(KOBENHAVN)).header("If-Match", offered.header("ETag"))
                .contentType(ContentType.JSON).body(Map.of("annotation", "Welcome"))
                .when().post(url).then().statusCode(200).body("effectiveOn", equalTo(moveDate));

        var handedOver = planEvents(planId, 2).stream()
                .filter(r -> type(r).equals("dk.mentor.followup.PlanHandedOver.v1")).findFirst().orElseThrow();
        org.junit.jupiter.api.Assertions.assertEquals(moveDate,
                new ObjectMapper().readTree(handedOver.value()).get("effectiveOn").asText());
    }

    @Test
    void shouldStopSharingAtOnceWhenConsentIsRevoked() {
        String planId = aarhusPlan();
        String consentId = consentWith(planId, KOBENHAVN);
        given().header("Authorization", caseworker(AARHUS)).contentType(ContentType.JSON)
                .body(Map.of("municipality", KOBENHAVN, "consentId", consentId))
                .when().post("/api/v1/plans/" + planId + "/shares").then().statusCode(201);
        getPlan(caseworker(KOBENHAVN), planId).statusCode(200).body("ownerMunicipality", equalTo(AARHUS));

        given().header("Authorization", caseworker(AARHUS))
                .when().post("/api/v1/plans/" + planId + "/consents/" + consentId + "/revocation")
                .then().statusCode(200);
        getPlan(caseworker(KOBENHAVN), planId).statusCode(404);

        given().header("Authorization", TestTokens.user("auditor").roles("auditor").municipalities(AARHUS).bearer())
                .queryParam("subjectId", planId).when().get("/api/v1/audit-entries")
                .then().statusCode(200).body("items.find { it.outcome == 'DENIED' }.actorMunicipalities", equalTo(KOBENHAVN));
    }

    @Test
    void shouldLetSocialWorkerReadEmploymentPlanOnlyUnderCrossLineConsent() {
        String planId = aarhusPlan();
        String socialWorker = TestTokens.user("sw-" + uuid()).roles("social-worker").municipalities(AARHUS).bearer();
        getPlan(socialWorker, planId).statusCode(404);
        String consentId = consentAcrossLines(planId);
        getPlan(socialWorker, planId).statusCode(200);
        given().header("Authorization", caseworker(AARHUS))
                .when().post("/api/v1/plans/" + planId + "/consents/" + consentId + "/revocation").then().statusCode(200);
        getPlan(socialWorker, planId).statusCode(404);
    }

    @Test
    void shouldRecordPurposeOfEveryReadAndShowCitizenTheLookupsWithoutStaffNames() {
        String token = caseworker(AARHUS);
        String citizenId = registerCitizen(token, randomCpr(), AARHUS);
        String planId = openPlan(token, citizenId);
        given().header("Authorization", token).header("Access-Purpose", "preparing the three-party meeting")
                .when().get("/api/v1/plans/" + planId).then().statusCode(200);
        given().header("Authorization", token).when().get("/api/v1/citizens/" + citizenId + "/access-log")
                .then().statusCode(200)
                .body("items.purpose", hasItem("preparing the three-party meeting"))
                .body("items[0].municipality", equalTo(AARHUS))
                .body("items[0]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("actorName")));
        given().header("Authorization", token).header("Access-Purpose", "check 010190-1234")
                .when().get("/api/v1/plans/" + planId).then().statusCode(400);
    }

    @Test
    void shouldCountAnOfferNeitherAcceptedNorDisputedByTheDeadlineAsAcceptedFromItsMoveDate() throws Exception {
        String planId = aarhusPlan();
        var offered = offer(planId, consentWith(planId, KOBENHAVN)).statusCode(201).extract();
        String url = "/api/v1/hand-overs/" + offered.path("id");
        String disputedPlan = aarhusPlan();
        var disputed = offer(disputedPlan, consentWith(disputedPlan, KOBENHAVN)).statusCode(201).extract();
        given().header("Authorization", caseworker(KOBENHAVN)).header("If-Match", disputed.header("ETag"))
                .contentType(ContentType.JSON).body(Map.of("reason", "The citizen still lives in Aarhus"))
                .when().post("/api/v1/hand-overs/" + disputed.path("id") + "/dispute").then().statusCode(200);

        // the last day to dispute is still the receiver's
        TestClock.daysLater(14, () -> QuarkusTransaction.requiringNew().call(deadlines::acceptBatch));
        given().header("Authorization", caseworker(KOBENHAVN)).when().get(url).then().statusCode(200)
                .body("status", equalTo("OFFERED"));

        // the day after, the offer counts as accepted; a second run (or a second instance) finds nothing more to do
        TestClock.daysLater(15, () -> {
            QuarkusTransaction.requiringNew().call(deadlines::acceptBatch);
            QuarkusTransaction.requiringNew().call(deadlines::acceptBatch);
        });
        given().header("Authorization", caseworker(KOBENHAVN)).when().get(url).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("respondedBy", equalTo("system: deadline passed"))
                .body("effectiveOn", equalTo(offered.path("moveDate").toString()));
        getPlan(caseworker(KOBENHAVN), planId).statusCode(200).body("ownerMunicipality", equalTo(KOBENHAVN));
        getPlan(caseworker(AARHUS), planId).statusCode(404);
        given().header("Authorization", caseworker(KOBENHAVN)).when().get("/api/v1/hand-overs/" + disputed.path("id"))
                .then().statusCode(200).body("status", equalTo("OFFERED"));
        getPlan(caseworker(AARHUS), disputedPlan).statusCode(200).body("ownerMunicipality", equalTo(AARHUS));

        var events = planEvents(planId, 2).stream().filter(r -> type(r).equals("dk.mentor.followup.PlanHandedOver.v1")).toList();
        org.junit.jupiter.api.Assertions.assertEquals(1, events.size());
        org.junit.jupiter.api.Assertions.assertEquals(offered.path("moveDate").toString(),
                new ObjectMapper().readTree(events.get(0).value()).get("effectiveOn").asText());
    }

    private static io.restassured.response.ValidatableResponse offer(String planId, String consentId) {
        return given().header("Authorization", caseworker(AARHUS)).contentType(ContentType.JSON)
                .body(Map.of("toMunicipality", KOBENHAVN, "consentId", consentId, "annotation", "Keep the weekly meetings"))
                .when().post("/api/v1/plans/" + planId + "/hand-overs").then();
    }
}
