package dk.mentor.matching.infra;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.mentor.contracts.events.CloudEventHeaders;
import dk.mentor.contracts.events.Topics;
import dk.mentor.kit.messaging.DeadLetters;
import dk.mentor.testing.infra.TestInfra;
import dk.mentor.testing.infra.TestInfraResource;
import dk.mentor.testing.kafka.TopicReader;
import dk.mentor.testing.kafka.TopicWriter;
import dk.mentor.testing.tokens.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The mentor read model follows catalog.mentor.v1: each event applied once, bad ones parked. */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "matching"))
class MentorEventsConsumerTest {

    private static final String AARHUS = "0751";
    private static final String TYPE = "dk.mentor.catalog.MentorRegistered.v1";

    @Test
    void shouldApplyMentorRegisteredOnce() {
        String mentorId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        publish(eventId, mentorId, payload(mentorId));

        awaitCandidate(mentorId).body("eventsApplied", equalTo(1))
                .body("homeMunicipality", equalTo(AARHUS))
                .body("legalBases", equalTo(java.util.List.of("LAB_167")));
    }

    @Test
    void shouldIgnoreRedeliveredEvent() {
        String mentorId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        publish(eventId, mentorId, payload(mentorId));
        publish(eventId, mentorId, payload(mentorId));
        String marker = UUID.randomUUID().toString();
        publish(UUID.randomUUID().toString(), marker, payload(marker));

        // the marker was published after the repeat on the same partition: once it is in, the repeat was seen
        awaitCandidate(marker);
        candidate(mentorId).statusCode(200).body("eventsApplied", equalTo(1));
    }

    @Test
    void shouldParkUnreadableEventAndKeepConsuming() {
        String poisonId = UUID.randomUUID().toString();
        publish(poisonId, UUID.randomUUID().toString(), "{\"mentorId\": ");
        String next = UUID.randomUUID().toString();
        publish(UUID.randomUUID().toString(), next, payload(next));

        awaitCandidate(next);
        given().header("Authorization", TestTokens.user("admin").roles("admin").bearer())
                .when().get("/api/v1/dead-letters?size=200")
                .then().statusCode(200)
                .body("items.eventId", hasItem(poisonId))
                .body("items.find { it.eventId == '" + poisonId + "' }.attempts", equalTo(3))
                .body("items.find { it.eventId == '" + poisonId + "' }.consumer", equalTo("matching-service.mentor-events"));

        var parked = await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader
                .readAll(TestInfra.kafka().bootstrapServers(), Topics.dlq(Topics.CATALOG_MENTOR)).stream()
                .filter(r -> poisonId.equals(TopicReader.header(r, DeadLetters.ORIGINAL_ID_HEADER))).toList(),
                list -> !list.isEmpty());
        assertEquals(1, parked.size());
        assertEquals("matching-service.mentor-events", TopicReader.header(parked.get(0), DeadLetters.CONSUMER_HEADER));
    }

    @Test
    void shouldHideCandidateFromAnotherMunicipality() {
        String mentorId = UUID.randomUUID().toString();
        publish(UUID.randomUUID().toString(), mentorId, payload(mentorId));
        awaitCandidate(mentorId);
        given().header("Authorization", TestTokens.user("cph").roles("coordinator").municipalities("0101").bearer())
                .when().get("/api/v1/mentor-candidates/" + mentorId)
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static io.restassured.response.ValidatableResponse awaitCandidate(String mentorId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> candidate(mentorId).extract().statusCode() == 200);
        return candidate(mentorId);
    }

    private static io.restassured.response.ValidatableResponse candidate(String mentorId) {
        return given().header("Authorization", TestTokens.user("coordinator").roles("coordinator").municipalities(AARHUS).bearer())
                .when().get("/api/v1/mentor-candidates/" + mentorId).then();
    }

    private static String payload(String mentorId) {
        return "{\"mentorId\":\"" + mentorId + "\",\"homeMunicipality\":\"" + AARHUS + "\",\"kind\":\"VOLUNTEER\","
                + "\"legalBases\":[\"LAB_167\"],\"capacityCitizens\":2,\"capacityHoursPerWeek\":4.5,"
                + "\"registeredAt\":\"2026-11-23T10:00:00Z\"}";
    }

    /** One partition by default, so the order of publishing is the order of consuming. */
    private static void publish(String eventId, String mentorId, String payload) {
        Map<String, String> headers = new HashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, "1.0");
        headers.put(CloudEventHeaders.ID, eventId);
        headers.put(CloudEventHeaders.TYPE, TYPE);
        headers.put(CloudEventHeaders.SOURCE, "/catalog-service");
        headers.put(CloudEventHeaders.SUBJECT, mentorId);
        headers.put(CloudEventHeaders.MUNICIPALITY, AARHUS);
        TopicWriter.send(TestInfra.kafka().bootstrapServers(), Topics.CATALOG_MENTOR, mentorId, payload, headers);
    }
}
