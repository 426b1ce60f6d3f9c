package dk.mentor.matching.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.mentor.contracts.events.Topics;
import dk.mentor.testing.infra.TestInfra;
import dk.mentor.testing.infra.TestInfraResource;
import dk.mentor.testing.kafka.TopicReader;
import dk.mentor.testing.tokens.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The flow after ranking: choice and its seat hold, three-party meeting, two answers, mentorship, end, rematch. */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "matching"))
class MentorshipFlowTest {

    private static final String AARHUS = "0751";
    private final Caseworker caseworker = new Caseworker(AARHUS);

    @Test
    void shouldLetTheCitizenChooseAgainAfterANoAndKeepTheReason() {
        String tag = RankingResourceTest.tag();
        var first = Catalogue.Mentor.active(AARHUS, tag).languages("da", "ar");
        var second = Catalogue.Mentor.active(AARHUS, tag);
        Catalogue.publish(first, second);
        Map<String, Object> body = caseworker.referral(Caseworker.sameBackground(tag));
        body.put("languages", List.of("da", "ar"));
        String referral = caseworker.order(body);
        String firstProposal = caseworker.toMeeting(referral);
        assertEquals(first.id().toString(), RankingResourceTest.mentorId(caseworker.proposals(referral).get(0)));

        caseworker.answer(referral, "MENTOR", "NO", null).then().statusCode(400);
        caseworker.answer(referral, "MENTOR", "NO", "Cannot meet on the citizen's days").then().statusCode(200)
                .body("referral.status", equalTo("PROPOSED"))
                .body("referral.currentProposalId", equalTo(null))
                .body("nextStep", equalTo("CHOOSE_AGAIN"))
                .body("mentorshipId", equalTo(null));

        List<Map<String, Object>> proposals = caseworker.proposals(referral);
        Map<String, Object> declined = proposals.stream().filter(p -> p.get("id").equals(firstProposal)).findFirst().orElseThrow();
        assertEquals("DECLINED", declined.get("status"));
        assertEquals(false, declined.get("mentorAnswer"));
        assertEquals("Cannot meet on the citizen's days", declined.get("mentorReason"));
        assertEquals(null, declined.get("heldUntil"), "a no releases the held seat");
        Map<String, Object> next = proposals.stream().filter(p -> !p.get("id").equals(firstProposal)).findFirst().orElseThrow();
        assertEquals("OPEN", next.get("status"), "nobody is chosen for the citizen after a no");
        assertEquals(second.id().toString(), RankingResourceTest.mentorId(next));

        caseworker.choose(referral, (String) next.get("id")).then().statusCode(200).body("status", equalTo("CHOSEN"));
        // a new shortlist never brings back the mentor who said no
        caseworker.meeting(referral).then().statusCode(200);
        caseworker.answer(referral, "CITIZEN", "NO", "Wants someone who speaks Arabic").then().statusCode(200)
                .body("referral.status", equalTo("OPEN")).body("nextStep", equalTo("NEW_SHORTLIST"));
        caseworker.shortlist(referral).then().statusCode(200).body("status", equalTo("WAITING"))
                .body("waitingReasons.unmet", org.hamcrest.Matchers.hasItem("EXCLUDED_EARLIER"));
    }

    @Test
    void shouldStartMentorshipOnTwoYesesPublishItAndEndWithRematch() {
        String tag = RankingResourceTest.tag();
        String username = "mentor-" + tag;
        var mentor = Catalogue.Mentor.active(AARHUS, tag).username(username);
        var other = Catalogue.Mentor.active(AARHUS, tag).languages("en");
        Catalogue.publish(mentor, other);
        String referral = caseworker.order(caseworker.referral(Caseworker.sameBackground(tag)));
        caseworker.toMeeting(referral);

        caseworker.answer(referral, "CITIZEN", "YES", null).then().statusCode(200)
                .body("referral.status", equalTo("MEETING_SCHEDULED")).body("mentorshipId", equalTo(null));
        String mentorshipId = caseworker.answer(referral, "MENTOR", "YES", null).then().statusCode(200)
                .body("referral.status", equalTo("MATCHED"))
                .body("mentorshipId", notNullValue()).extract().path("mentorshipId");

        JsonNode started = event(mentorshipId, "dk.mentor.matching.MentorshipStarted.v1");
        assertEquals(mentor.id().toString(), started.get("mentorId").asText());
        assertEquals("LAB_167", started.get("legalBasis").asText());
        assertEquals("LAB_MENTOR", started.get("role").asText());
        assertEquals(AARHUS, started.get("actingMunicipality").asText());
        assertEquals(AARHUS, started.get("mentorMunicipality").asText());
        assertEquals(250.0, started.get("hourlyRate").asDouble());
        assertEquals(2.5, started.get("hoursPerWeek").asDouble());
        assertEquals("2027-05-31", started.get("endsOn").asText());
        assertEquals(7, started.get("meetingEveryDays").asInt(), "the ordered WEEKLY cadence reaches followup's alert");
        assertFalse(started.toString().contains("cpr"), "no citizen data in the event");

        var ownToken = TestTokens.user(username).roles("mentor").bearer();
        given().header("Authorization", ownToken).get("/api/v1/mentorships").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(mentorshipId));
        given().header("Authorization", ownToken).get("/api/v1/mentorships/" + mentorshipId).then().statusCode(200);
        var strangerToken = TestTokens.user("mentor-someone-else").roles("mentor").bearer();
        given().header("Authorization", strangerToken).get("/api/v1/mentorships/" + mentorshipId).then().statusCode(404);
        given().header("Authorization", strangerToken).get("/api/v1/mentorships").then().body("totalItems", equalTo(0));
        given().header("Authorization", ownToken).contentType("application/json")
                .body(Map.of("reason", "GOAL_REACHED", "endedOn", "2027-01-15", "rematch", false))
                .post("/api/v1/mentorships/" + mentorshipId + "/end").then().statusCode(403);

        var mentorship = caseworker.as().get("/api/v1/mentorships/" + mentorshipId).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).extract();
        caseworker.as().get("/api/v1/mentor-candidates/" + mentor.id()).then().body("activeMentorships", equalTo(1))
                .body("freeSeats", equalTo(1));

        caseworker.as().header("If-Match", mentorship.header("ETag"))
                .body(Map.of("reason", "POOR_MATCH", "endedOn", "2027-01-15", "rematch", true))
                .post("/api/v1/mentorships/" + mentorshipId + "/end").then().statusCode(200)
                .body("status", equalTo("ENDED")).body("endReason", equalTo("POOR_MATCH"));
        JsonNode ended = event(mentorshipId, "dk.mentor.matching.MentorshipEnded.v1");
        assertEquals("POOR_MATCH", ended.get("reason").asText());
        caseworker.as().get("/api/v1/mentor-candidates/" + mentor.id()).then().body("activeMentorships", equalTo(0));

        String rematch = caseworker.as().get("/api/v1/mentorships/" + mentorshipId).then().extract().path("rematchReferralId");
        caseworker.get(rematch).then().statusCode(200).body("previousMentorshipId", equalTo(mentorshipId))
                .body("previousReferralId", equalTo(referral));
        caseworker.shortlist(rematch).then().statusCode(200);
        assertEquals(List.of(other.id().toString()), caseworker.proposals(rematch).stream()
                .map(RankingResourceTest::mentorId).toList(), "after a poor match the same mentor is not proposed again");
        caseworker.get(referral).then().body("status", equalTo("CLOSED"));
    }

    @Test
    void shouldHoldTheLastSeatForTheFirstChoiceUntilItsMeetingIsAnswered() throws Exception {
        String tag = RankingResourceTest.tag();
        var lastSeat = Catalogue.Mentor.active(AARHUS, tag).seats(1);
        Catalogue.publish(lastSeat);
        Caseworker a = new Caseworker(AARHUS);
        Caseworker b = new Caseworker(AARHUS);
        String first = a.order(a.referral(Caseworker.sameBackground(tag)));
        String second = b.order(b.referral(Caseworker.sameBackground(tag)));
        a.shortlist(first).then().statusCode(200);
        b.shortlist(second).then().statusCode(200);
        String proposalA = (String) a.proposals(first).get(0).get("id");
        String proposalB = (String) b.proposals(second).get(0).get("id");

        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<Response> chooseA = CompletableFuture.supplyAsync(() -> afterGo(go, () -> a.choose(first, proposalA)));
        CompletableFuture<Response> chooseB = CompletableFuture.supplyAsync(() -> afterGo(go, () -> b.choose(second, proposalB)));
        go.countDown();
        List<Integer> statuses = Stream.of(chooseA.get(), chooseB.get()).map(Response::statusCode).sorted().toList();
        assertEquals(List.of(200, 409), statuses, "the second choice of the last seat is refused at once");

        boolean aHolds = "CHOSEN".equals(a.get(first).path("status"));
        Caseworker holder = aHolds ? a : b;
        Caseworker waiter = aHolds ? b : a;
        String held = aHolds ? first : second;
        String waiting = aHolds ? second : first;
        String waitingProposal = aHolds ? proposalB : proposalA;
        Map<String, Object> holding = holder.proposals(held).get(0);
        Instant heldUntil = Instant.parse((String) holding.get("heldUntil"));
        assertTrue(heldUntil.isAfter(Instant.now().plus(Duration.ofDays(13))) && heldUntil.isBefore(Instant.now().plus(Duration.ofDays(15))),
                "the seat is held for 14 days: " + heldUntil);
        waiter.get(waiting).then().body("status", equalTo("PROPOSED"));
        // the meeting and a yes keep the hold
        holder.meeting(held).then().statusCode(200);
        holder.answer(held, "CITIZEN", "YES", null).then().statusCode(200).body("nextStep", equalTo("AWAIT_OTHER_ANSWER"));
        waiter.choose(waiting, waitingProposal).then().statusCode(409);

        // a no releases the seat, and the other citizen can choose the mentor
        holder.answer(held, "MENTOR", "NO", "Cannot meet on the citizen's days").then().statusCode(200)
                .body("nextStep", equalTo("NEW_SHORTLIST"));
        waiter.choose(waiting, waitingProposal).then().statusCode(200);
        waiter.meeting(waiting).then().statusCode(200);
        waiter.answer(waiting, "CITIZEN", "YES", null).then().statusCode(200);
        waiter.answer(waiting, "MENTOR", "YES", null).then().statusCode(200).body("nextStep", equalTo("MENTORSHIP_STARTED"));
        caseworker.as().get("/api/v1/mentor-candidates/" + lastSeat.id()).then()
                .body("activeMentorships", equalTo(1)).body("freeSeats", equalTo(0));
        assertEquals(null, waiter.proposals(waiting).get(0).get("heldUntil"), "the mentorship has the seat, no hold is left");
        // the full mentor is no longer proposed
        String third = caseworker.order(caseworker.referral(Caseworker.sameBackground(tag)));
        caseworker.shortlist(third).then().body("status", equalTo("WAITING"))
                .body("waitingReasons.unmet", org.hamcrest.Matchers.hasItem("NO_FREE_SEAT"));
    }

    private static Response afterGo(CountDownLatch go, java.util.function.Supplier<Response> call) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return call.get();
    }

    static JsonNode event(String mentorshipId, String type) {
        ConsumerRecord<String, String> record = await().atMost(Duration.ofSeconds(30)).until(() -> TopicReader
                        .readAll(TestInfra.kafka().bootstrapServers(), Topics.MATCHING_MENTORSHIP).stream()
                        .filter(r -> mentorshipId.equals(r.key()) && type.equals(TopicReader.header(r, "ce_type")))
                        .findFirst().orElse(null),
                r -> r != null);
        assertEquals(AARHUS, TopicReader.header(record, "ce_municipality"));
        try {
            JsonNode node = Catalogue.JSON.readTree(record.value());
            EventSchemas.assertValid(type, node);
            return node;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
