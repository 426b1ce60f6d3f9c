package dk.mentor.kit.messaging;

import static dk.mentor.testing.kafka.TopicReader.header;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.kit.access.Roles;
import dk.mentor.kit.support.ProblemAssertions;
import dk.mentor.kit.support.TestDatabase;
import dk.mentor.testing.infra.TestInfra;
import dk.mentor.testing.kafka.TopicReader;
import dk.mentor.testing.infra.TestInfraResource;
import dk.mentor.testing.tokens.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class EventConsumerTest {

    private static final String TOPIC = "kittest.incoming.v1";
    private static final String TYPE = "dk.mentor.kittest.ThingHappened.v1";
    private static final String FINAL_TYPE = "dk.mentor.kittest.ThingSettled.v1";

    @Inject
    EventConsumer events;

    @Inject
    EntityManager em;

    @Inject
    TestDatabase db;

    @ConfigProperty(name = "mentor.consumer.max-attempts")
    int maxAttempts;

    @Test
    void shouldApplyTheFirstDeliveryAndSkipARedeliveryOfTheSameEventId() {
        String consumer = newConsumer();
        String eventId = UUID.randomUUID().toString();
        AtomicInteger calls = new AtomicInteger();
        EventHandler handler = event -> {
            calls.incrementAndGet();
            applyEffect(consumer, event, "applied");
        };

        events.consume(consumer, record(eventId, 10), handler);
        events.consume(consumer, record(eventId, 11), handler);

        assertEquals(1, calls.get(), "handler calls");
        assertEquals(List.of("applied"), effects(consumer));
        assertEquals(1, db.count("select count(*) from processed_event where consumer = ?1 and event_id = ?2", consumer, eventId));
        assertEquals(0, deadLetters(consumer).size());
    }

    @Test
    void shouldTreatTheSameEventIdAsNewForAnotherConsumer() {
        String first = newConsumer();
        String second = newConsumer();
        String eventId = UUID.randomUUID().toString();

        events.consume(first, record(eventId, 12), event -> applyEffect(first, event, "applied"));
        events.consume(second, record(eventId, 12), event -> applyEffect(second, event, "applied"));

        assertEquals(List.of("applied"), effects(first));
        assertEquals(List.of("applied"), effects(second));
    }

    @Test
    void shouldApplyExactlyOnceRollingBackTheEffectOfAnAttemptThatThrewAfterWriting() {
        String consumer = newConsumer();
        AtomicInteger calls = new AtomicInteger();

        events.consume(consumer, record(UUID.randomUUID().toString(), 20), event -> {
            int attempt = calls.incrementAndGet();
            applyEffect(consumer, event, "attempt-" + attempt);
            if (attempt == 1) {
                throw new IOException("read model store hiccup");
            }
        });

        assertEquals(2, calls.get(), "handler calls");
        assertEquals(List.of("attempt-2"), effects(consumer), "only the successful attempt's effect");
        assertEquals(1, db.count("select count(*) from processed_event where consumer = ?1", consumer));
        assertEquals(0, deadLetters(consumer).size(), "no dead letter for an event that succeeded on retry");
    }

    @Test
    void shouldParkAnEventThatKeepsFailingAsADeadLetterAfterMaxAttempts() {
        String consumer = newConsumer();
        String eventId = UUID.randomUUID().toString();
        String subject = UUID.randomUUID().toString();
        AtomicInteger calls = new AtomicInteger();

        events.consume(consumer, record(eventId, subject, 30, "{\"thing\":30}"), event -> {
            calls.incrementAndGet();
            applyEffect(consumer, event, "never kept");
            throw new IllegalStateException("widget store on fire");
        });

        assertEquals(maxAttempts, calls.get(), "handler calls");
        assertEquals(List.of(), effects(consumer), "the effect of every failed attempt is rolled back");
        assertEquals(0, db.count("select count(*) from processed_event where consumer = ?1", consumer),
                "a parked event is not remembered as processed");
        List<Map<String, Object>> letters = deadLetters(consumer);
        assertEquals(1, letters.size());
        Map<String, Object> letter = letters.get(0);
        assertEquals(eventId, letter.get("event_id"));
        assertEquals(TYPE, letter.get("event_type"));
        assertEquals(TOPIC, letter.get("topic"));
        assertEquals(30L, ((Number) letter.get("kafka_offset")).longValue());
        assertEquals(maxAttempts, ((Number) letter.get("attempts")).intValue());
        assertEquals("IllegalStateException: widget store on fire", letter.get("error"));
        assertEquals("{\"thing\":30}", letter.get("payload"));

        var record = await().atMost(Duration.ofSeconds(30)).until(() -> dlqRecordOf(consumer), r -> r != null);
        assertEquals("IllegalStateException: widget store on fire", header(record, DeadLetters.ERROR_HEADER));
        assertEquals(eventId, header(record, DeadLetters.ORIGINAL_ID_HEADER));
        assertEquals(TYPE, header(record, "ce_type"));
        assertEquals(subject, record.key());
        assertEquals("{\"thing\":30}", record.value());
    }

    @Test
    void shouldListDeadLettersForAdminsOnly() {
        String consumer = newConsumer();
        String eventId = UUID.randomUUID().toString();
        events.consume(consumer, record(eventId, 40), event -> {
            throw new IllegalArgumentException("payload has no thing");
        });

        JsonPath page = given().header("Authorization", TestTokens.user("admin").roles(Roles.ADMIN).bearer())
                .queryParam("size", 200)
                .get("/api/v1/dead-letters")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> mine = page.<Map<String, Object>>getList("items").stream()
                .filter(item -> consumer.equals(item.get("consumer"))).toList();
        assertEquals(1, mine.size(), "the consumer's dead letter is listed");
        assertEquals(eventId, mine.get(0).get("eventId"));
        assertEquals(TOPIC, mine.get(0).get("topic"));
        assertEquals(maxAttempts, mine.get(0).get("attempts"));
        assertEquals("IllegalArgumentException: payload has no thing", mine.get(0).get("error"));
        assertTrue(page.getLong("totalItems") >= 1);

        var forbidden = given()
                .header("Authorization", TestTokens.user("coordinator").roles(Roles.COORDINATOR, Roles.AUDITOR)
                        .municipalities("0751").bearer())
                .get("/api/v1/dead-letters");
        ProblemAssertions.assertProblem(forbidden, 403, "forbidden", "/api/v1/dead-letters");
    }

    @Test
    void shouldParkARecordWithoutCeIdAtOnceWithoutCallingTheHandler() {
        String consumer = newConsumer();
        AtomicInteger calls = new AtomicInteger();

        events.consume(consumer, record(null, 50), event -> calls.incrementAndGet());

        assertEquals(0, calls.get(), "handler calls");
        List<Map<String, Object>> letters = deadLetters(consumer);
        assertEquals(1, letters.size());
        assertNull(letters.get(0).get("event_id"));
        assertEquals(0, ((Number) letters.get(0).get("attempts")).intValue());
        assertTrue(letters.get(0).get("error").toString().contains("no ce_id"), () -> letters.get(0).get("error").toString());

        var record = await().atMost(Duration.ofSeconds(30)).until(() -> dlqRecordOf(consumer), r -> r != null);
        assertTrue(header(record, DeadLetters.ERROR_HEADER).contains("no ce_id"));
    }

    @Test
    void shouldApplyABatchInOneTransactionSkippingWhatTheInboxHasAlready() {
        String consumer = newConsumer();
        String seen = UUID.randomUUID().toString();
        events.consume(consumer, record(seen, 60), event -> applyEffect(consumer, event, "single"));
        Set<Object> transactions = new HashSet<>();

        events.consumeAll(consumer, List.of(record(UUID.randomUUID().toString(), 61), record(seen, 62),
                record(UUID.randomUUID().toString(), 63)), event -> {
            transactions.add(em.createNativeQuery("select txid_current()").getSingleResult());
            applyEffect(consumer, event, "batch");
        });

        assertEquals(List.of("single", "batch", "batch"), effects(consumer));
        assertEquals(1, transactions.size(), "the batch's events share one transaction");
        assertEquals(3, db.count("select count(*) from processed_event where consumer = ?1", consumer));
    }

    @Test
    void shouldApplyAnEventDeliveredTwiceInOnePollOnce() {
        String consumer = newConsumer();
        String twice = UUID.randomUUID().toString();

        events.consumeAll(consumer, List.of(record(twice, 64), record(UUID.randomUUID().toString(), 65), record(twice, 66)),
                event -> applyEffect(consumer, event, "batch"));

        assertEquals(List.of("batch", "batch"), effects(consumer));
        assertEquals(2, db.count("select count(*) from processed_event where consumer = ?1", consumer));
    }

    @Test
    void shouldApplyTheRestOfABatchAndParkTheEventThatKeepsFailing() {
        String consumer = newConsumer();
        String bad = UUID.randomUUID().toString();
        AtomicInteger badCalls = new AtomicInteger();

        events.consumeAll(consumer, List.of(record(UUID.randomUUID().toString(), 70), record(bad, 71),
                record(null, 72), record(UUID.randomUUID().toString(), 73)), event -> {
            applyEffect(consumer, event, event.id().equals(bad) ? "never kept" : "applied");
            if (event.id().equals(bad)) {
                badCalls.incrementAndGet();
                throw new IllegalStateException("widget store on fire");
            }
        });

        assertEquals(List.of("applied", "applied"), effects(consumer), "the batch's effects are kept once, the bad one's not");
        assertEquals(1 + maxAttempts, badCalls.get(), "once in the batch, then the attempts of its own");
        assertEquals(2, db.count("select count(*) from processed_event where consumer = ?1", consumer));
        List<Map<String, Object>> letters = deadLetters(consumer);
        assertEquals(2, letters.size(), "the failing event and the record without ce_id");
        assertTrue(letters.stream().anyMatch(letter -> bad.equals(letter.get("event_id"))));
        assertTrue(letters.stream().anyMatch(letter -> letter.get("event_id") == null));
    }

    @Test
    void shouldClaimButNotApplyAnEventThatALaterOneAboutTheSameSubjectInThePollCovers() {
        String consumer = newConsumer();
        String subject = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        String covered = UUID.randomUUID().toString();
        EventHandler handler = new EventHandler() {
            @Override
            public void apply(IncomingEvent event) {
                applyEffect(consumer, event, event.type().equals(TYPE) ? "first" : "final");
            }

            @Override
            public boolean coveredBy(IncomingEvent event, IncomingEvent later) {
                return event.type().equals(TYPE) && later.type().equals(FINAL_TYPE);
            }
        };

        events.consumeAll(consumer, List.of(record(covered, subject, 80, "{}"), record(UUID.randomUUID().toString(), other, 81, "{}"),
                record(UUID.randomUUID().toString(), subject, FINAL_TYPE, 82), record(UUID.randomUUID().toString(), other, 83, "{}")),
                handler);
        events.consumeAll(consumer, List.of(record(UUID.randomUUID().toString(), other, FINAL_TYPE, 84)), handler);

        assertEquals(List.of("first", "final", "first", "final"), effects(consumer),
                "the subject's first event covered by its final one; the other subject's covered only in a later poll");
        assertEquals(5, db.count("select count(*) from processed_event where consumer = ?1", consumer));
        assertEquals(0, db.count("select count(*) from received_event where consumer = ?1 and event_id = ?2", consumer, covered));
    }

    private static String newConsumer() {
        return "kit-test.consumer-" + UUID.randomUUID();
    }

    private static ConsumerRecord<String, String> record(String eventId, long offset) {
        return record(eventId, UUID.randomUUID().toString(), offset, "{\"thing\":" + offset + "}");
    }

    private static ConsumerRecord<String, String> record(String eventId, String subject, long offset, String payload) {
        return record(eventId, subject, TYPE, offset, payload);
    }

    private static ConsumerRecord<String, String> record(String eventId, String subject, String type, long offset) {
        return record(eventId, subject, type, offset, "{}");
    }

    private static ConsumerRecord<String, String> record(String eventId, String subject, String type, long offset,
                                                         String payload) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(TOPIC, 0, offset, subject, payload);
        if (eventId != null) {
            addHeader(record, "ce_id", eventId);
        }
        addHeader(record, "ce_specversion", "1.0");
        addHeader(record, "ce_type", type);
        addHeader(record, "ce_source", "/other-service");
        addHeader(record, "ce_subject", subject);
        addHeader(record, "ce_municipality", "0751");
        return record;
    }

    private static void addHeader(ConsumerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** The test handlers' effect: one row per application, in the consumer's transaction. */
    private void applyEffect(String consumer, IncomingEvent event, String note) {
        em.createNativeQuery("insert into received_event (consumer, event_id, note) values (?1, ?2, ?3)")
                .setParameter(1, consumer).setParameter(2, event.id()).setParameter(3, note)
                .executeUpdate();
    }

    private List<String> effects(String consumer) {
        return db.rows("select note from received_event where consumer = ?1 order by id", consumer).stream()
                .map(row -> (String) row.get("note")).toList();
    }

    private List<Map<String, Object>> deadLetters(String consumer) {
        return db.rows("select * from dead_letter where consumer = ?1", consumer);
    }

    private static ConsumerRecord<String, String> dlqRecordOf(String consumer) {
        return TopicReader.readAll(TestInfra.kafka().bootstrapServers(), TOPIC + ".dlq").stream()
                .filter(r -> consumer.equals(header(r, DeadLetters.CONSUMER_HEADER)))
                .findFirst().orElse(null);
    }
}
