package dk.mentor.kit.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.kit.access.Roles;
import dk.mentor.kit.support.ProblemAssertions;
import dk.mentor.kit.support.TestDatabase;
import dk.mentor.kit.testapp.MendableChannel;
import dk.mentor.testing.infra.TestInfraResource;
import dk.mentor.testing.tokens.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An operator replays a dead letter once its cause is fixed: applied once, or refused with the reason. */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class DeadLetterReplayTest {

    private static final String PATH = "/api/v1/dead-letters";

    @Inject
    EventConsumer events;

    @Inject
    MendableChannel channel;

    @Inject
    TestDatabase db;

    @AfterEach
    void mend() {
        channel.mend();
    }

    @Test
    void shouldApplyAParkedEventOnceWhenReplayedAfterTheFixAndRefuseASecondReplay() {
        String eventId = parkedEvent();
        String letter = letterOf(eventId);
        assertEquals(0, effects(eventId), "the failed attempts left nothing");
        channel.mend();

        JsonPath replayed = asAdmin().post(PATH + "/" + letter + "/replay").then().statusCode(200).extract().jsonPath();

        assertEquals("APPLIED", replayed.getString("outcome"));
        assertEquals("operator", replayed.getString("deadLetter.replayedBy"));
        assertNotNull(replayed.getString("deadLetter.replayedAt"));
        assertEquals(1, effects(eventId), "applied once");
        assertEquals(1, db.count("select count(*) from processed_event where consumer = ?1 and event_id = ?2",
                MendableChannel.NAME, eventId), "the inbox knows it, so a redelivery is skipped");

        Response again = asAdmin().post(PATH + "/" + letter + "/replay");
        ProblemAssertions.assertProblem(again, 409, "conflict", PATH + "/" + letter + "/replay");
        assertEquals(1, effects(eventId), "a second replay changes nothing");
    }

    @Test
    void shouldKeepTheDeadLetterWaitingWithTheNewErrorWhenTheEventStillFails() {
        String eventId = parkedEvent();
        String letter = letterOf(eventId);

        Response stillBroken = asAdmin().post(PATH + "/" + letter + "/replay");

        ProblemAssertions.assertProblem(stillBroken, 409, "conflict", PATH + "/" + letter + "/replay");
        assertTrue(stillBroken.jsonPath().getString("detail").contains("is missing"), stillBroken.asString());
        assertEquals(0, effects(eventId), "nothing of the failed replay is kept");
        Map<String, Object> row = db.rows("select * from dead_letter where id = cast(?1 as uuid)", letter).get(0);
        assertNull(row.get("replayed_at"));
        assertEquals(4, ((Number) row.get("attempts")).intValue(), "three by the consumer, one by the replay");

        List<String> waiting = ids(asAdmin().queryParam("state", "WAITING").queryParam("size", 200).get(PATH));
        assertTrue(waiting.contains(letter), "listed as waiting");
    }

    @Test
    void shouldOnlyMarkALetterWhoseEventReachedTheConsumerAgainMeanwhile() {
        String eventId = parkedEvent();
        String letter = letterOf(eventId);
        channel.mend();
        events.consume(channel, record(eventId)); // a redelivery after the fix, before the operator looked

        JsonPath replayed = asAdmin().post(PATH + "/" + letter + "/replay").then().statusCode(200).extract().jsonPath();

        assertEquals("ALREADY_APPLIED", replayed.getString("outcome"));
        assertEquals(1, effects(eventId));
        List<String> done = ids(asAdmin().queryParam("state", "REPLAYED").queryParam("size", 200).get(PATH));
        assertTrue(done.contains(letter), "listed as replayed");
    }

    @Test
    void shouldRefuseAnUnknownLetterAConsumerThatDoesNotRunHereAndANonAdmin() {
        String unknown = PATH + "/" + UUID.randomUUID() + "/replay";
        ProblemAssertions.assertProblem(asAdmin().post(unknown), 404, "not-found", unknown);

        String foreign = "kit-test.elsewhere-" + UUID.randomUUID();
        events.consume(foreign, record(UUID.randomUUID().toString()), event -> {
            throw new IllegalStateException("always");
        });
        String foreignLetter = (String) db.rows("select id::text as id from dead_letter where consumer = ?1", foreign)
                .get(0).get("id");
        String replay = PATH + "/" + foreignLetter + "/replay";
        Response noConsumer = asAdmin().post(replay);
        ProblemAssertions.assertProblem(noConsumer, 409, "conflict", replay);
        assertTrue(noConsumer.jsonPath().getString("detail").contains("no consumer named"));

        Response coordinator = given().header("Authorization", TestTokens.user("coordinator").roles(Roles.COORDINATOR)
                .municipalities("0751").bearer()).post(replay);
        ProblemAssertions.assertProblem(coordinator, 403, "forbidden", replay);
    }

    @Test
    void shouldAnswerAnUnknownStateWithAProblem() {
        ProblemAssertions.assertProblem(asAdmin().queryParam("state", "LOST").get(PATH), 400, "validation-failed", PATH);
    }

    private String parkedEvent() {
        String eventId = UUID.randomUUID().toString();
        channel.breakIt();
        events.consume(channel, record(eventId));
        return eventId;
    }

    private String letterOf(String eventId) {
        return (String) db.rows("select id::text as id from dead_letter where event_id = ?1", eventId).get(0).get("id");
    }

    private long effects(String eventId) {
        return db.count("select count(*) from received_event where consumer = ?1 and event_id = ?2",
                MendableChannel.NAME, eventId);
    }

    private static List<String> ids(Response page) {
        return page.then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }

    private static io.restassured.specification.RequestSpecification asAdmin() {
        return given().header("Authorization", TestTokens.user("operator").roles(Roles.ADMIN).bearer());
    }

    private static ConsumerRecord<String, String> record(String eventId) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("kittest.incoming.v1", 0, 7L, "subject-1", "{}");
        for (Map.Entry<String, String> header : Map.of("ce_id", eventId, "ce_specversion", "1.0",
                "ce_type", "dk.mentor.kittest.ThingHappened.v1", "ce_source", "/other-service",
                "ce_subject", "subject-1", "ce_municipality", "0751").entrySet()) {
            record.headers().add(header.getKey(), header.getValue().getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }
}
