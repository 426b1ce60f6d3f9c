package dk.mentor.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.dashboard.application.MatchingQueries;
import dk.mentor.dashboard.application.ReferralView;
import dk.mentor.dashboard.testing.StandInServices;
import dk.mentor.dashboard.testing.StandInServices.Answer;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The coordinator's matching pages as the running application renders them from a stand-in
 * matching-service: the queue with a waiting referral's reasons, a referral's shortlist with each
 * criterion's points as a bar and as a number and the binding wish marked, a round, and supply and demand.
 */
@QuarkusTest
class MatchingPagesTest {

    private static final UUID REFERRAL = UUID.randomUUID();
    private static final UUID PLAN = UUID.randomUUID();
    private static final UUID ROUND = UUID.randomUUID();

    private static final String REFERRAL_JSON = """
            {"id":"%s","actingMunicipality":"0751","planId":"%s","status":"%s","urgency":"URGENT","legalBasis":"LAB_167",
             "createdAt":"2026-12-01T08:30:00Z","periodStart":"2026-12-01","periodEnd":"2027-05-31","hoursPerWeek":3.5,
             "languages":["ar","da"],"targetGroups":["LANGUAGE_BARRIERS"],"needs":[],"version":4,
             "waitingReasons":%s,
             "wishes":{"mentorGender":{"binding":true,"genders":["FEMALE"]},"meetingPlace":{"binding":false,"places":["JOB_CENTRE"]}}}""";

    private static final String PROPOSALS = """
            [{"id":"%s","referralId":"%s","rank":1,"score":72.5,"status":"OPEN","createdAt":"2026-12-01T09:00:00Z",
              "mentor":{"mentorId":"%s","displayName":"Amira Haddad","kind":"VOLUNTEER","languages":["ar","da"]},
              "explanation":[{"criterion":"LANGUAGES","weight":40,"fulfilled":2,"asked":2,"points":40.000,"detail":"languages"},
                             {"criterion":"MEETING_PLACE","weight":10,"fulfilled":1,"asked":1,"points":10.000,"detail":"wish met"},
                             {"criterion":"FREE_CAPACITY","weight":30,"fulfilled":3,"asked":4,"points":22.500,"detail":"seats"}]},
             {"id":"%s","referralId":"%s","rank":2,"score":40,"status":"OPEN","createdAt":"2026-12-01T09:00:00Z",
              "mentor":{"mentorId":"%s","displayName":"Birte Holm","kind":"PAID_SOCIAL_MENTOR","languages":["da"]},
              "explanation":[{"criterion":"LANGUAGES","weight":40,"fulfilled":1,"asked":2,"points":20.000,"detail":"languages"}]}]"""
            .formatted(UUID.randomUUID(), REFERRAL, UUID.randomUUID(), UUID.randomUUID(), REFERRAL, UUID.randomUUID());

    private static StandInServices.Answer matching(StandInServices.Received request) {
        String path = request.pathAndQuery();
        if (path.startsWith("/api/v1/referrals/" + REFERRAL + "/proposals")) {
            return new Answer(200, PROPOSALS);
        }
        if (path.startsWith("/api/v1/referrals/" + REFERRAL)) {
            return new Answer(200, REFERRAL_JSON.formatted(REFERRAL, PLAN, "PROPOSED", "[]"));
        }
        if (path.startsWith("/api/v1/referrals?")) {
            return new Answer(200, "{\"items\":[" + REFERRAL_JSON.formatted(REFERRAL, PLAN, "WAITING",
                    "[{\"unmet\":\"NO_FREE_SEAT\",\"mentorsRuledOut\":7,\"mentorsConsidered\":9}]")
                    + "],\"page\":0,\"size\":50,\"totalItems\":1,\"totalItemsCapped\":false}");
        }
        if (path.equals("/api/v1/matching-rounds?size=10")) {
            return new Answer(200, """
                    {"items":[{"id":"%s","municipalities":["0751","0746"],"maxReferralsPerMentor":2,"referrals":12,"mentors":8,
                     "feasiblePairs":40,"pinned":1,"proposed":9,"totalScore":1234.5,"solveMillis":12,
                     "startedAt":"2026-12-03T13:05:00Z","startedBy":"coordinator-aarhus"}],"page":0,"size":10,"totalItems":1,
                     "totalItemsCapped":false}""".formatted(ROUND));
        }
        if (path.startsWith("/api/v1/matching-rounds/" + ROUND + "/proposals")) {
            return new Answer(200, "{\"items\":" + PROPOSALS + ",\"page\":0,\"size\":50,\"totalItems\":2}");
        }
        if (path.startsWith("/api/v1/matching-rounds/" + ROUND)) {
            return new Answer(200, """
                    {"id":"%s","municipalities":["0751","0746"],"maxReferralsPerMentor":2,"referrals":12,"mentors":8,
                     "feasiblePairs":40,"pinned":1,"proposed":9,"totalScore":1234.5,"solveMillis":12,
                     "startedAt":"2026-12-03T13:05:00Z","startedBy":"coordinator-aarhus"}""".formatted(ROUND));
        }
        if (path.startsWith("/api/v1/reports/supply-and-demand")) {
            return new Answer(200, """
                    {"municipalities":[{"municipality":"0751","openReferrals":5,"freeSeats":3,"mentorsWithFreeSeat":2,
                     "freeHoursPerWeek":7.5,"lines":[{"dimension":"LANGUAGE","value":"ar","openReferrals":3,"freeSeats":1,"balance":-2},
                     {"dimension":"TARGET_GROUP","value":"LANGUAGE_BARRIERS","openReferrals":2,"freeSeats":4,"balance":2}]}]}""");
        }
        return new Answer(404, "{\"status\":404}");
    }

    @Test
    void theShortlistShowsEachCriterionsPointsAsABarAndInWordsWithTheBindingWishMarked() {
        try (StandInServices matching = new StandInServices(MatchingPagesTest::matching)) {
            ReferralView view = queries(matching).referral(REFERRAL, "token");

            String html = PlanPageTest.render(ReferralResource.Templates.referral(view, FormState.fresh(java.util.Map.of()),
                    ReferralResource.CODES), "da");

            assertTrue(html.contains("Nr. 1</span> Amira Haddad <span class=\"score\">– 72,5 point"), html);
            assertTrue(html.indexOf("Amira Haddad") < html.indexOf("Birte Holm"), "best first");
            assertTrue(html.contains("<th scope=\"row\">Sprog</th>"));
            assertTrue(html.contains("<td class=\"num\">22,5 af 30</td><td class=\"num\">3/4</td>"), "the points in text");
            assertTrue(html.contains("style=\"width: 75%\""), "three of four seats: the bar three quarters full");
            assertTrue(html.contains("style=\"width: 25%\""), "a track of weight 10 against the largest, 40");
            assertTrue(html.contains("<span class=\"badge binding\">Bindende</span>\n      Mentorens køn: Kvinde"), html);
            assertTrue(html.contains("Foretrukket</span>\n      Mødested: Jobcenteret"));
            assertTrue(html.contains("name=\"version\" value=\"4\""), "the shortlist form carries the version read");
            assertTrue(html.contains("01-12-2026 – 31-05-2027"));
            assertTrue(html.contains("aria-hidden=\"true\""), "the bar is a picture of the number");
        }
    }

    @Test
    void theQueueShowsWhyAWaitingReferralWaitsAndTheRoundAndSupplyInDanish() {
        try (StandInServices matching = new StandInServices(MatchingPagesTest::matching)) {
            MatchingQueries queries = queries(matching);

            String queue = PlanPageTest.render(ReferralResource.Templates.referrals(queries.referrals(Optional.of("WAITING"), 0, "t"),
                    "WAITING", MatchingQueries.REFERRAL_STATUSES), "da");
            String round = PlanPageTest.render(MatchingRoundResource.Templates.round(queries.round(ROUND, 0, "t")), "da");
            String start = PlanPageTest.render(MatchingRoundResource.Templates.start(List.of("0751"), List.of("0751"), "", "k", null,
                    queries.recentRounds("t")), "da");
            String supply = PlanPageTest.render(SupplyAndDemandResource.Templates.supplyAndDemand(queries.supplyAndDemand("t")), "en");

            assertTrue(queue.contains("Ingen ledig plads (udelukkede 7 af 9 mentorer)"), queue);
            assertTrue(queue.contains("01-12-2026 09:30"), "Danish time");
            assertTrue(queue.contains("<span class=\"badge\">Haster</span>"));
            assertEquals("/api/v1/referrals?page=0&size=50&status=WAITING", matching.received().get(0).pathAndQuery());
            assertTrue(round.contains("<dd>Aarhus, Skanderborg</dd>") && round.contains("1.234,5 point"), round);
            assertTrue(round.contains("href=\"/referrals/" + REFERRAL + "\""), round);
            assertTrue(start.contains("<a href=\"/matching-rounds/" + ROUND + "\">03-12-2026 14:05</a>"), start);
            assertTrue(start.contains("<td>Aarhus, Skanderborg</td>"), "the past round's municipalities by name");
            assertTrue(supply.contains("<td class=\"num\">-2 (shortage)</td>"), supply);
            assertTrue(supply.contains("Language barriers") || supply.contains("anguage"), "target groups by name");
            assertTrue(supply.contains("<td class=\"num\">7,5</td>"));
        }
    }

    @Test
    void aMatchingServiceThatIsDownGreysOutTheShortlistAndTheReport() {
        String down = StandInServices.downUrl();
        MatchingQueries queries = new MatchingQueries(StandInServices.client(down, down, down, down));

        String referral = PlanPageTest.render(ReferralResource.Templates.referral(queries.referral(REFERRAL, "t"),
                FormState.fresh(java.util.Map.of()), ReferralResource.CODES), "da");
        String supply = PlanPageTest.render(SupplyAndDemandResource.Templates.supplyAndDemand(queries.supplyAndDemand("t")), "da");

        assertTrue(referral.contains("class=\"unavailable\" role=\"status\">Matchningen svarer ikke lige nu"), referral);
        assertTrue(supply.contains("Matchningen svarer ikke lige nu"));
        assertFalse(supply.contains("<table"));
    }

    private static MatchingQueries queries(StandInServices matching) {
        String down = StandInServices.downUrl();
        return new MatchingQueries(StandInServices.client(down, matching.url(), down, down));
    }
}
