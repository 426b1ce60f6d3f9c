package dk.mentor.matching.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.testing.infra.TestInfraResource;
import dk.mentor.testing.tokens.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Ranking over REST against the real database and broker. Each test gives its mentors a tag of its
 * own and asks for it as a binding wish, so other tests' mentors never enter its shortlist.
 */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "matching"))
class RankingResourceTest {

    private static final String AARHUS = "0751";
    private final Caseworker caseworker = new Caseworker(AARHUS);

    @Test
    void shouldNeverProposePausedUnvettedOrFullMentor() {
        String tag = tag();
        var fit = Catalogue.Mentor.active(AARHUS, tag);
        var paused = Catalogue.Mentor.active(AARHUS, tag).status("PAUSED");
        var unvetted = Catalogue.Mentor.active(AARHUS, tag).vetted(false);
        var full = Catalogue.Mentor.active(AARHUS, tag).seats(0);
        Catalogue.publish(fit, paused, unvetted, full);

        String referral = caseworker.order(caseworker.referral(Caseworker.sameBackground(tag)));
        caseworker.shortlist(referral).then().statusCode(200).body("status", equalTo("PROPOSED"));

        List<Map<String, Object>> proposals = caseworker.proposals(referral);
        assertEquals(List.of(fit.id().toString()), proposals.stream().map(p -> mentorId(p)).toList());
    }

    @Test
    void shouldNeverBreakBindingWishAndExplainEveryPoint() {
        String tag = tag();
        var inWindow = Catalogue.Mentor.active(AARHUS, tag).windows("TUESDAY 08:00-16:00");
        var evenings = Catalogue.Mentor.active(AARHUS, tag).windows("THURSDAY 18:00-21:00");
        var male = Catalogue.Mentor.active(AARHUS, tag).gender("MALE");
        Catalogue.publish(inWindow, evenings, male);
        Map<String, Object> wishes = Map.of(
                "background", Map.of("relation", "SAME", "tags", List.of(tag), "binding", true),
                "mentorGender", Map.of("genders", List.of("FEMALE"), "binding", true),
                "meetingWindow", Map.of("windows", List.of("TUESDAY 09:00-12:00"), "binding", false));

        String referral = caseworker.order(caseworker.referral(wishes));
        caseworker.shortlist(referral).then().statusCode(200);

        List<Map<String, Object>> proposals = caseworker.proposals(referral);
        assertEquals(List.of(inWindow.id().toString(), evenings.id().toString()),
                proposals.stream().map(RankingResourceTest::mentorId).toList(), "the male mentor breaks a binding wish");
        for (Map<String, Object> proposal : proposals) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> lines = (List<Map<String, Object>>) proposal.get("explanation");
            BigDecimal sum = lines.stream().map(l -> new BigDecimal(l.get("points").toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, sum.compareTo(new BigDecimal(proposal.get("score").toString())), "explanation adds up to the score");
            assertTrue(lines.stream().anyMatch(l -> "MEETING_WINDOW".equals(l.get("criterion"))));
            assertEquals("default", proposal.get("weightsScope"));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> presentation = (Map<String, Object>) proposals.get(0).get("mentor");
        assertEquals("I like early mornings and long walks", presentation.get("presentation"));
        assertTrue(presentation.keySet().stream().noneMatch(k -> k.contains("mail") || k.contains("phone")),
                "the citizen sees the presentation, never contact details");
    }

    @Test
    void shouldPutReferralNobodyFitsOnWaitingListWithReasonPerUnmetWish() {
        String tag = tag();
        Catalogue.publish(Catalogue.Mentor.active(AARHUS, tag), Catalogue.Mentor.active(AARHUS, tag));
        Map<String, Object> wishes = Map.of(
                "background", Map.of("relation", "SAME", "tags", List.of(tag), "binding", true),
                "mentorGender", Map.of("genders", List.of("MALE"), "binding", true),
                "meetingWindow", Map.of("windows", List.of("SUNDAY 10:00-12:00"), "binding", true));

        String referral = caseworker.order(caseworker.referral(wishes));

        caseworker.shortlist(referral).then().statusCode(200)
                .body("status", equalTo("WAITING"))
                .body("waitingReasons.unmet", hasItems("WISH_MENTOR_GENDER", "WISH_MEETING_WINDOW", "WISH_SAME_BACKGROUND"));
        assertTrue(caseworker.proposals(referral).isEmpty());
    }

    @Test
    void shouldRankWithTheMunicipalitysOwnVersionedWeights() {
        String skanderborg = "0746";
        var coordinator = new Caseworker(skanderborg, "coordinator");
        String etag = coordinator.as().get("/api/v1/scoring-weights/" + skanderborg).then().statusCode(200)
                .body("scope", equalTo("default")).extract().header("ETag");
        Map<String, Integer> points = new java.util.HashMap<>(Map.of("TARGET_GROUPS", 50, "NEEDS", 0, "LANGUAGES", 40,
                "AREA", 0, "MENTOR_GENDER", 10, "BACKGROUND", 10, "MEETING_PLACE", 10, "MEETING_WINDOW", 10));
        points.put("PREVIOUS_MENTOR", 10);
        points.put("FREE_CAPACITY", 0);
        points.put("URGENCY", 0);
        coordinator.as().header("If-Match", etag).body(Map.of("points", points))
                .put("/api/v1/scoring-weights/" + skanderborg).then().statusCode(200).body("version", equalTo(1));
        coordinator.as().header("If-Match", etag).body(Map.of("points", points))
                .put("/api/v1/scoring-weights/" + skanderborg).then().statusCode(412);

        String tag = tag();
        Catalogue.publish(Catalogue.Mentor.active(skanderborg, tag));
        var local = new Caseworker(skanderborg);
        String referral = local.order(local.referral(Caseworker.sameBackground(tag)));
        local.shortlist(referral).then().statusCode(200);
        Map<String, Object> proposal = local.proposals(referral).get(0);
        assertEquals(skanderborg, proposal.get("weightsScope"));
        assertEquals(1, proposal.get("weightsVersion"));
        assertEquals(0, new BigDecimal(proposal.get("score").toString()).compareTo(new BigDecimal("90.000")),
                "target groups 50 + languages 40, nothing else asked or weighted");
    }

    @Test
    void shouldRefuseLabPeriodOneDayLongerThanSixMonthsAsFollowupDoes() {
        Map<String, Object> body = caseworker.referral(Map.of()); // 2026-12-01 to 2027-05-31 is accepted elsewhere
        body.put("periodEnd", "2027-06-01");
        caseworker.as().body(body).post("/api/v1/referrals").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("periodEnd"))
                .body("errors[0].message", equalTo("at most 2027-05-31"));
    }

    @Test
    void shouldRefuseUnknownLegalBasisAsFieldError() {
        Map<String, Object> body = caseworker.referral(Map.of());
        body.put("legalBasis", "LAB_999");
        // not a row of the LEGAL_BASIS code list: a rule of the data, 422
        caseworker.as().body(body).post("/api/v1/referrals").then().statusCode(422)
                .body("errors.field", hasItems("legalBasis"));
    }

    @Test
    void shouldHideReferralFromAnotherMunicipalityAndAuditTheAttempt() {
        String referral = caseworker.order(caseworker.referral(Map.of()));
        new Caseworker("0101").get(referral).then().statusCode(404).contentType("application/problem+json");
        new Caseworker("0101").as().header("If-Match", "\"0\"").post("/api/v1/referrals/" + referral + "/shortlist")
                .then().statusCode(404);

        given().header("Authorization", TestTokens.user("auditor").roles("auditor").municipalities(AARHUS).bearer())
                .get("/api/v1/audit-entries?subjectId=" + referral).then().statusCode(200)
                .body("items.findAll { it.outcome == 'DENIED' }.actorMunicipalities", everyItem(equalTo("0101")))
                .body("items.findAll { it.outcome == 'DENIED' }.action", hasItems("read", "propose"))
                .body("items.findAll { it.outcome == 'ALLOWED' }.action", hasItems("create"));
    }

    @Test
    void shouldPageReferralsInStableOrder() {
        String municipality = "0147"; // Frederiksberg: no other test orders there
        Caseworker local = new Caseworker(municipality);
        List<String> ordered = List.of(1, 2, 3).stream().map(i -> local.order(local.referral(Map.of()))).toList();
        List<String> firstPage = local.as().get("/api/v1/referrals?size=2&page=0").then().statusCode(200)
                .body("totalItems", equalTo(3)).body("size", equalTo(2)).extract().path("items.id");
        List<String> secondPage = local.as().get("/api/v1/referrals?size=2&page=1").then().statusCode(200)
                .extract().path("items.id");
        assertEquals(ordered, java.util.stream.Stream.concat(firstPage.stream(), secondPage.stream()).toList());
        local.as().get("/api/v1/referrals?size=2&page=5").then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        local.as().get("/api/v1/referrals?municipality=0751").then().statusCode(200).body("totalItems", equalTo(0));
        local.as().get("/api/v1/referrals?status=NOT_A_STATUS").then().statusCode(400).body("errors.field", hasItems("status"));
    }

    @Test
    void shouldDemandCurrentVersionForChanges() {
        String referral = caseworker.order(caseworker.referral(Map.of()));
        caseworker.as().post("/api/v1/referrals/" + referral + "/shortlist").then().statusCode(428);
        caseworker.as().header("If-Match", "\"99\"").post("/api/v1/referrals/" + referral + "/shortlist").then().statusCode(412);
    }

    static String mentorId(Map<String, Object> proposal) {
        @SuppressWarnings("unchecked")
        Map<String, Object> mentor = (Map<String, Object>) proposal.get("mentor");
        return (String) mentor.get("mentorId");
    }

    static String tag() {
        return "tag-" + UUID.randomUUID();
    }
}
