package dk.mentor.matching.api;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A municipality's case system (role integration): orders, ranks and reads referrals, reads mentorships, nothing more. */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "matching"))
class CaseSystemReferralTest {

    private static final String AARHUS = "0751";
    private static final String KOBENHAVN = "0101";
    private static final String PROBLEMS = "https://mentor.example/problems/";
    private final Caseworker aarhusSystem = new Caseworker(AARHUS, "integration");
    private final Caseworker kobenhavnSystem = new Caseworker(KOBENHAVN, "integration");
    private final Caseworker caseworker = new Caseworker(AARHUS);

    private Map<String, Object> referenced(Caseworker who, String tag, String externalId) {
        Map<String, Object> body = who.referral(Caseworker.sameBackground(tag));
        body.put("externalReference", Map.of("system", "nexus", "id", externalId));
        return body;
    }

    @Test
    void shouldOrderOnceByReferenceRankAndReadTheShortlist() {
        String tag = RankingResourceTest.tag();
        Catalogue.publish(Catalogue.Mentor.active(AARHUS, tag));
        String externalId = "HENV-" + UUID.randomUUID();
        String referral = aarhusSystem.order(referenced(aarhusSystem, tag, externalId));

        aarhusSystem.as().body(referenced(aarhusSystem, tag, externalId)).post("/api/v1/referrals").then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "external-reference-taken"))
                .body("existingId", equalTo(referral))
                .header("Location", endsWith("/api/v1/referrals/" + referral));
        aarhusSystem.as().queryParam("system", "nexus").queryParam("id", externalId)
                .get("/api/v1/referrals/by-external-reference").then().statusCode(200)
                .body("id", equalTo(referral)).body("externalReference.id", equalTo(externalId))
                .body("updatedAt", notNullValue());
        kobenhavnSystem.as().queryParam("system", "nexus").queryParam("id", externalId)
                .get("/api/v1/referrals/by-external-reference").then().statusCode(404);

        aarhusSystem.shortlist(referral).then().statusCode(200).body("status", equalTo("PROPOSED"));
        assertEquals(1, aarhusSystem.proposals(referral).size());
        kobenhavnSystem.get(referral).then().statusCode(404);
    }

    @Test
    void shouldRefuseACprNumberAsReference() {
        Map<String, Object> body = referenced(aarhusSystem, RankingResourceTest.tag(), "0101901234");
        aarhusSystem.as().body(body).post("/api/v1/referrals").then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "rule-violated")).body("errors[0].field", equalTo("externalReference.id"));
    }

    @Test
    void shouldLeaveTheChoiceTheMeetingAndTheRoundsToStaff() {
        String tag = RankingResourceTest.tag();
        Catalogue.publish(Catalogue.Mentor.active(AARHUS, tag));
        String referral = aarhusSystem.order(aarhusSystem.referral(Caseworker.sameBackground(tag)));
        aarhusSystem.shortlist(referral).then().statusCode(200);
        String proposal = (String) aarhusSystem.proposals(referral).get(0).get("id");

        aarhusSystem.choose(referral, proposal).then().statusCode(403).body("type", equalTo(PROBLEMS + "forbidden"));
        aarhusSystem.as().get("/api/v1/matching-rounds/" + UUID.randomUUID()).then().statusCode(403);
        aarhusSystem.as().get("/api/v1/scoring-weights/" + AARHUS).then().statusCode(403);
    }

    @Test
    void shouldReadMentorshipsAndPageThroughChangesSinceAnInstant() {
        String tag = RankingResourceTest.tag();
        Catalogue.publish(Catalogue.Mentor.active(AARHUS, tag), Catalogue.Mentor.active(AARHUS, tag));
        String first = aarhusSystem.order(aarhusSystem.referral(Caseworker.sameBackground(tag)));
        Instant firstChanged = Instant.parse(aarhusSystem.get(first).then().extract().path("updatedAt"));
        String second = aarhusSystem.order(aarhusSystem.referral(Caseworker.sameBackground(tag)));

        assertEquals(List.of(first, second), changedReferrals(firstChanged).stream()
                .filter(id -> id.equals(first) || id.equals(second)).toList());
        caseworker.toMeeting(first);
        Instant secondChanged = Instant.parse(aarhusSystem.get(second).then().extract().path("updatedAt"));
        List<String> later = changedReferrals(secondChanged.plus(1, ChronoUnit.MICROS));
        assertTrue(later.contains(first), "shortlist, choice and meeting changed the first");
        assertFalse(later.contains(second), "the second did not change");

        caseworker.answer(first, "CITIZEN", "YES", null).then().statusCode(200);
        String mentorship = caseworker.answer(first, "MENTOR", "YES", null).then().statusCode(200)
                .extract().path("mentorshipId");
        aarhusSystem.as().get("/api/v1/mentorships/" + mentorship).then().statusCode(200)
                .body("referralId", equalTo(first)).body("updatedAt", notNullValue());
        Instant started = Instant.parse(aarhusSystem.as().get("/api/v1/mentorships/" + mentorship).then().extract().path("updatedAt"));
        List<String> mentorships = aarhusSystem.as().queryParam("updatedSince", started.toString()).queryParam("size", 100)
                .get("/api/v1/mentorships").then().statusCode(200).extract().path("items.id");
        assertTrue(mentorships.contains(mentorship), mentorships.toString());
        assertFalse(aarhusSystem.as().queryParam("updatedSince", started.plusSeconds(1).toString())
                .get("/api/v1/mentorships").then().statusCode(200).extract().<List<String>>path("items.id").contains(mentorship));
        kobenhavnSystem.as().get("/api/v1/mentorships/" + mentorship).then().statusCode(404);
        aarhusSystem.as().header("If-Match", "\"0\"").body(Map.of("reason", "POOR_MATCH", "endedOn", "2027-01-15"))
                .post("/api/v1/mentorships/" + mentorship + "/end").then().statusCode(403);
    }

    private List<String> changedReferrals(Instant since) {
        return aarhusSystem.as().queryParam("updatedSince", since.toString()).queryParam("size", 100)
                .get("/api/v1/referrals").then().statusCode(200).extract().path("items.id");
    }
}
