package dk.mentor.refusion.infra;

import static dk.mentor.refusion.Feed.minutes;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.contracts.events.followup.MinutesUnderBasis;
import dk.mentor.refusion.Api;
import dk.mentor.refusion.Feed;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Meetings in followup-service's event format become ledger lines through the real broker, once. */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "refusion"))
class MeetingLedgerTest {

    private static final String AARHUS = "0751";
    private static final String SKANDERBORG = "0746";

    @Test
    void shouldPostALoggedMeetingOnceEvenWhenRedelivered() {
        UUID plan = UUID.randomUUID();
        UUID mentor = UUID.randomUUID();
        Feed.publish(Feed.planOpened(plan, AARHUS, List.of("ACTIVITY_READY"), LocalDate.of(2010, 1, 4)));
        Feed.publish(Feed.profile(mentor, AARHUS, 1, "150", false, LocalDate.of(2009, 12, 1)));
        UUID meeting = UUID.randomUUID();
        var logged = Feed.meeting(plan, meeting, AARHUS, mentor, LocalDate.of(2010, 3, 3), minutes("LAB_78", 90));
        String eventId = Feed.publish(logged);
        Feed.publish(eventId, logged);   // the broker redelivers the same record
        Feed.publish(logged);            // the producer republishes the same fact under a new id
        UUID marker = UUID.randomUUID();
        Feed.publish(Feed.meeting(plan, marker, AARHUS, mentor, LocalDate.of(2010, 3, 4), minutes("LAB_78", 60)));

        // same plan, same key, same partition: once the marker is posted, the repeats were seen
        Api.awaitLines(AARHUS, marker, 1);
        List<Map<String, Object>> lines = Api.linesOfMeeting(AARHUS, meeting);
        assertEquals(1, lines.size());
        Map<String, Object> line = lines.get(0);
        assertEquals(225.0f, ((Number) line.get("amount")).floatValue());
        assertEquals(90, line.get("minutes"));
        assertEquals("LAB_2009", line.get("regime"));
        assertEquals(eventId, line.get("sourceEventId"));
        assertEquals("dk.mentor.followup.MeetingLogged.v1", line.get("sourceEventType"));
        assertEquals(List.of("ACTIVITY_READY"), line.get("targetGroups"));
    }

    @Test
    void shouldReverseEveryLineOfTheOldVersionAndPostTheCorrectedOnes() {
        UUID plan = UUID.randomUUID();
        UUID mentor = UUID.randomUUID();
        Feed.publish(Feed.planOpened(plan, AARHUS, List.of(), LocalDate.of(2010, 1, 4)));
        Feed.publish(Feed.profile(mentor, AARHUS, 1, "150", false, LocalDate.of(2009, 12, 1)));
        UUID meeting = UUID.randomUUID();
        Feed.publish(Feed.meeting(plan, meeting, AARHUS, mentor, LocalDate.of(2010, 5, 5), minutes("LAB_78", 90)));
        Api.awaitLines(AARHUS, meeting, 1);

        String correction = Feed.publish(Feed.correction(plan, meeting, 2, AARHUS, mentor, LocalDate.of(2010, 5, 5),
                List.of(new MinutesUnderBasis("LAB_78", 60), new MinutesUnderBasis("SEL_85", 30))));
        List<Map<String, Object>> lines = Api.awaitLines(AARHUS, meeting, 4);

        assertEquals(true, lines.get(0).get("reversed"));
        Map<String, Object> reversal = lines.get(1);
        assertEquals(lines.get(0).get("id"), reversal.get("reverses"));
        assertEquals(-225.0f, ((Number) reversal.get("amount")).floatValue());
        assertEquals(correction, reversal.get("sourceEventId"));
        assertEquals(150.0f, ((Number) lines.get(2).get("amount")).floatValue());
        assertEquals("LAB_2009", lines.get(2).get("regime"));
        assertEquals(75.0f, ((Number) lines.get(3).get("amount")).floatValue());
        assertEquals("SEL", lines.get(3).get("regime"));
        assertEquals(2, lines.get(3).get("meetingVersion"));
        assertEquals(correction, lines.get(3).get("sourceEventId"));
        double net = lines.stream().mapToDouble(l -> ((Number) l.get("amount")).doubleValue()).sum();
        assertEquals(225.0, net, 0.001);
    }

    @Test
    void shouldKeepAMeetingPendingUntilItsMentorsTermsArrive() {
        UUID plan = UUID.randomUUID();
        UUID mentor = UUID.randomUUID();
        Feed.publish(Feed.planOpened(plan, AARHUS, List.of(), LocalDate.of(2010, 1, 4)));
        UUID meeting = UUID.randomUUID();
        Feed.publish(Feed.meeting(plan, meeting, AARHUS, mentor, LocalDate.of(2010, 6, 1), minutes("LAB_78", 120)));
        await().atMost(Duration.ofSeconds(30)).until(() -> Api.finance(AARHUS).queryParam("municipality", AARHUS)
                .queryParam("size", 200).when().get("/api/v1/unpriced-meetings").then().statusCode(200).extract()
                .jsonPath().getList("items.meetingId").contains(meeting.toString()));
        assertTrue(Api.linesOfMeeting(AARHUS, meeting).isEmpty());

        Feed.publish(Feed.profile(mentor, SKANDERBORG, 1, "200", false, LocalDate.of(2010, 2, 1)));
        Map<String, Object> line = Api.awaitLines(AARHUS, meeting, 1).get(0);
        assertEquals(400.0f, ((Number) line.get("amount")).floatValue());
        assertEquals(SKANDERBORG, line.get("providerMunicipality"));
        assertFalse(Api.finance(AARHUS).queryParam("municipality", AARHUS).queryParam("size", 200)
                .when().get("/api/v1/unpriced-meetings").then().extract().jsonPath()
                .getList("items.meetingId").contains(meeting.toString()));
    }

    @Test
    void shouldRepriceMeetingsFromTheDayANewRateTakesEffect() {
        UUID plan = UUID.randomUUID();
        UUID mentor = UUID.randomUUID();
        Feed.publish(Feed.planOpened(plan, AARHUS, List.of(), LocalDate.of(2011, 1, 4)));
        Feed.publish(Feed.profile(mentor, AARHUS, 1, "150", false, LocalDate.of(2010, 12, 1)));
        UUID before = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        Feed.publish(Feed.meeting(plan, before, AARHUS, mentor, LocalDate.of(2011, 2, 1), minutes("LAB_78", 60)));
        Feed.publish(Feed.meeting(plan, after, AARHUS, mentor, LocalDate.of(2011, 4, 1), minutes("LAB_78", 60)));
        Api.awaitLines(AARHUS, after, 1);

        Feed.publish(Feed.profile(mentor, AARHUS, 2, "180", false, LocalDate.of(2011, 3, 1)));
        List<Map<String, Object>> repriced = Api.awaitLines(AARHUS, after, 3);
        assertEquals(180.0f, ((Number) repriced.get(2).get("amount")).floatValue());
        assertEquals(1, Api.linesOfMeeting(AARHUS, before).size());
    }

    @Test
    void shouldStateWhatTheActingMunicipalityOwesTheMentorsMunicipality() {
        // Odense (0461) citizens served by a Nyborg (0450) mentor at 150 kr: 90 + 60 minutes = 375 kr in 2011 Q1
        String odense = "0461";
        String nyborg = "0450";
        UUID plan = UUID.randomUUID();
        UUID mentor = UUID.randomUUID();
        Feed.publish(Feed.planOpened(plan, odense, List.of(), LocalDate.of(2011, 1, 3)));
        Feed.publish(Feed.profile(mentor, nyborg, 1, "150", false, LocalDate.of(2010, 6, 1)));
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Feed.publish(Feed.meeting(plan, first, odense, mentor, LocalDate.of(2011, 1, 10), minutes("LAB_78", 90)));
        Feed.publish(Feed.meeting(plan, second, odense, mentor, LocalDate.of(2011, 2, 10), minutes("LAB_78", 60)));
        Api.awaitLines(odense, first, 1);
        Api.awaitLines(odense, second, 1);

        Api.finance(odense).queryParam("municipality", odense).queryParam("from", "2011-01-01").queryParam("to", "2011-03-31")
                .when().get("/api/v1/settlements").then().statusCode(200)
                .body("counterparties.size()", equalTo(1))
                .body("counterparties[0].municipality", equalTo(nyborg))
                .body("counterparties[0].owedByUs", equalTo(375.0f))
                .body("counterparties[0].net", equalTo(375.0f));
        Api.finance(nyborg).queryParam("municipality", nyborg).queryParam("from", "2011-01-01").queryParam("to", "2011-03-31")
                .when().get("/api/v1/settlements").then().statusCode(200)
                .body("counterparties[0].municipality", equalTo(odense))
                .body("counterparties[0].owedToUs", equalTo(375.0f))
                .body("counterparties[0].net", equalTo(-375.0f));
        String csv = Api.finance(nyborg).queryParam("municipality", nyborg).queryParam("from", "2011-01-01")
                .queryParam("to", "2011-03-31").when().get("/api/v1/settlements/csv").then().statusCode(200)
                .extract().asString().replace("\uFEFF", "");
        assertEquals(List.of("municipality;from;to;counterparty;owed_by_us;owed_to_us;net;payer;lines",
                nyborg + ";01-01-2011;31-03-2011;" + odense + ";0,00;375,00;-375,00;" + odense + ";2"), csv.lines().toList());
        Api.finance(nyborg).queryParam("municipality", odense).queryParam("from", "2011-01-01").queryParam("to", "2011-03-31")
                .when().get("/api/v1/settlements").then().statusCode(404);
    }
}
