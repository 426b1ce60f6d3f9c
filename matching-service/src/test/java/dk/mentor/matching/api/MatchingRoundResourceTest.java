package dk.mentor.matching.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Rounds and the supply-and-demand report, each in a municipality no other test uses. */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "matching"))
class MatchingRoundResourceTest {

    @Test
    void shouldProposeWithinSeatsAndLoadCapKeepingTheChosenPinned() {
        String hjoerring = "0860";
        String tag = RankingResourceTest.tag();
        var big = Catalogue.Mentor.active(hjoerring, tag).seats(3);
        var medium = Catalogue.Mentor.active(hjoerring, tag).seats(2);
        var small = Catalogue.Mentor.active(hjoerring, tag).seats(1);
        Catalogue.publish(big, medium, small);
        Caseworker caseworker = new Caseworker(hjoerring);
        String chosen = caseworker.order(caseworker.referral(Caseworker.sameBackground(tag)));
        caseworker.toMeeting(chosen);
        List<String> open = List.of(1, 2, 3, 4).stream()
                .map(i -> caseworker.order(caseworker.referral(Caseworker.sameBackground(tag)))).toList();

        Caseworker coordinator = new Caseworker(hjoerring, "coordinator");
        caseworker.as().body(Map.of("municipalities", List.of(hjoerring))).post("/api/v1/matching-rounds")
                .then().statusCode(403);
        String roundId = coordinator.as().body(Map.of("municipalities", List.of(hjoerring), "maxReferralsPerMentor", 1))
                .post("/api/v1/matching-rounds").then().statusCode(201)
                .body("referrals", equalTo(5)).body("pinned", equalTo(1)).body("proposed", equalTo(3))
                .extract().path("id");

        List<Map<String, Object>> proposals = coordinator.as().get("/api/v1/matching-rounds/" + roundId + "/proposals?size=200")
                .then().statusCode(200).body("totalItems", equalTo(3)).extract().jsonPath().getList("items");
        Set<String> mentors = proposals.stream().map(RankingResourceTest::mentorId).collect(Collectors.toSet());
        assertEquals(3, mentors.size(), "the load cap of 1 gives each mentor at most one referral of the round");
        Set<Object> referrals = proposals.stream().map(p -> p.get("referralId")).collect(Collectors.toSet());
        assertFalse(referrals.contains(chosen), "the referral with a chosen mentor stays pinned");
        assertTrue(open.containsAll(referrals));
        caseworker.get(chosen).then().body("status", equalTo("MEETING_SCHEDULED"));

        // a person decides: the caseworker accepts one proposal of the round
        Map<String, Object> first = proposals.get(0);
        caseworker.choose((String) first.get("referralId"), (String) first.get("id")).then().statusCode(200)
                .body("status", equalTo("CHOSEN"));
        new Caseworker("0101", "coordinator").as().get("/api/v1/matching-rounds/" + roundId).then().statusCode(404);

        // the coordinator finds it among the past rounds, newest first; another municipality's coordinator does not
        coordinator.as().body(Map.of("municipalities", List.of(hjoerring))).post("/api/v1/matching-rounds")
                .then().statusCode(201);
        List<String> listed = coordinator.as().get("/api/v1/matching-rounds").then().statusCode(200)
                .body("totalItems", equalTo(2)).extract().jsonPath().getList("items.id");
        assertEquals(roundId, listed.get(1));
        new Caseworker("0101", "coordinator").as().get("/api/v1/matching-rounds").then().statusCode(200)
                .body("items.id", not(hasItem(roundId)));
    }

    @Test
    void shouldReportOpenReferralsAgainstFreeCapacity() {
        String odense = "0461";
        String tag = RankingResourceTest.tag();
        Catalogue.publish(Catalogue.Mentor.active(odense, tag).seats(2).languages("da", "ar"),
                Catalogue.Mentor.active(odense, tag).seats(1).status("PAUSED"));
        Caseworker caseworker = new Caseworker(odense);
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = caseworker.referral(Map.of());
            body.put("languages", List.of("ar"));
            caseworker.order(body);
        }

        var report = caseworker.as().get("/api/v1/reports/supply-and-demand").then().statusCode(200)
                .body("municipalities.municipality", equalTo(List.of(odense)))
                .body("municipalities[0].openReferrals", equalTo(3))
                .body("municipalities[0].freeSeats", equalTo(2))
                .extract().jsonPath();
        Map<String, Object> arabic = report.getList("municipalities[0].lines", Map.class).stream()
                .filter(l -> "LANGUAGE".equals(l.get("dimension")) && "ar".equals(l.get("value")))
                .findFirst().orElseThrow();
        assertEquals(3, arabic.get("openReferrals"));
        assertEquals(2, arabic.get("freeSeats"));
        assertEquals(-1, arabic.get("balance"));
        caseworker.as().get("/api/v1/reports/supply-and-demand?municipality=0101").then().statusCode(404);
    }
}
