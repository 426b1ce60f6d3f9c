package dk.mentor.kit.outbox;

import static dk.mentor.kit.outbox.UnsentRows.UNSENT;
import static dk.mentor.testing.kafka.TopicReader.header;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.kit.support.TestDatabase;
import dk.mentor.testing.infra.TestInfra;
import dk.mentor.testing.kafka.TopicReader;
import dk.mentor.kit.support.Widgets;
import dk.mentor.kit.testapp.WidgetEvents;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import dk.mentor.contracts.events.catalog.MentorStatusChanged;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.TransactionalException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class OutboxTest {

    @Inject
    TestDatabase db;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Test
    void shouldWriteTheEventRowInTheTransactionOfTheChange() {
        String id = Widgets.create("0751");

        List<Map<String, Object>> rows = db.rows("select * from outbox_message where subject = ?1", id);
        assertEquals(1, rows.size());
        Map<String, Object> row = rows.get(0);
        assertEquals(WidgetEvents.TOPIC, row.get("topic"));
        assertEquals(WidgetEvents.CREATED.value(), row.get("event_type"));
        assertEquals(id, row.get("message_key"));
        assertEquals("/kit-test", row.get("source"));
        assertEquals("0751", row.get("municipality"));
    }

    @Test
    void shouldPublishWithCloudEventHeadersKeyedBySubjectExactlyOnceAndMarkTheRowSent() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        String id = Widgets.create("0751");
        String eventId = db.rows("select event_id from outbox_message where subject = ?1", id).get(0).get("event_id").toString();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> db.count("select count(*) from outbox_message where event_id = cast(?1 as uuid) and not " + UNSENT, eventId) == 1);

        List<ConsumerRecord<String, String>> records = TopicReader.readAll(TestInfra.kafka().bootstrapServers(), WidgetEvents.TOPIC).stream()
                .filter(r -> eventId.equals(header(r, "ce_id"))).toList();
        assertEquals(1, records.size(), "records with ce_id " + eventId);
        ConsumerRecord<String, String> record = records.get(0);
        assertEquals(id, record.key());
        assertEquals("1.0", header(record, "ce_specversion"));
        assertEquals("dk.mentor.kittest.WidgetCreated.v1", header(record, "ce_type"));
        assertEquals("/kit-test", header(record, "ce_source"));
        assertEquals(id, header(record, "ce_subject"));
        assertEquals("0751", header(record, "ce_municipality"));
        assertEquals("application/json", header(record, "content-type"));
        Instant time = Instant.parse(header(record, "ce_time"));
        assertTrue(!time.isBefore(before) && !time.isAfter(Instant.now()), "ce_time " + time);

        JsonNode payload = json.readTree(record.value());
        assertEquals(id, payload.get("widgetId").asText());
        assertEquals(1, payload.get("quantity").asInt());
        assertEquals(0, payload.get("version").asLong());
    }

    @Test
    void shouldLeaveNoOutboxRowAndNoRecordWhenTheUseCaseFailsAfterAppending() {
        String failedName = Widgets.uniqueName();
        Widgets.post(Widgets.coordinatorOf("0751"), Map.of("name", failedName, "quantity", 5_000, "municipality", "0751"))
                .then().statusCode(422);

        assertEquals(0, db.count("select count(*) from widget where name = ?1", failedName));
        assertEquals(0, db.count("select count(*) from outbox_message where payload like ?1", "%" + failedName + "%"));

        // A later write reaches the topic; had the failed one committed, the relay would have sent it first.
        String later = Widgets.create("0751");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> TopicReader.readAll(TestInfra.kafka().bootstrapServers(), WidgetEvents.TOPIC).stream().anyMatch(r -> later.equals(r.key())));
        assertTrue(TopicReader.readAll(TestInfra.kafka().bootstrapServers(), WidgetEvents.TOPIC).stream().noneMatch(r -> r.value().contains(failedName)));
    }

    /** Rolled back at the end: the catalogue's topic is not the test application's, and the relay must not send it. */
    @Test
    void shouldAppendSeveralEventsInTheirOrderInOneCall() {
        UUID mentor = UUID.randomUUID();
        Instant at = Instant.parse("2026-12-07T10:00:00Z");
        List<UUID> ids;
        List<Tuple> rows;
        QuarkusTransaction.begin();
        try {
            ids = outbox.appendAll(List.of(
                    new MentorStatusChanged(mentor, "0751", 1, "ACTIVE", "PAUSED", "ferie", at),
                    new MentorStatusChanged(mentor, "0751", 2, "PAUSED", "ACTIVE", "tilbage", at)));
            @SuppressWarnings("unchecked")
            List<Tuple> written = em.createNativeQuery("select event_id, event_type, payload from outbox_message"
                    + " where subject = ?1 order by id", Tuple.class).setParameter(1, mentor.toString()).getResultList();
            rows = written;
        } finally {
            QuarkusTransaction.rollback();
        }

        assertEquals(2, rows.size());
        assertEquals(ids, rows.stream().map(row -> (UUID) row.get("event_id")).toList(), "ids drawn in the list's order");
        assertTrue(rows.get(0).get("payload").toString().contains("\"version\":1"), rows.get(0).toString());
        assertTrue(rows.get(1).get("payload").toString().contains("\"version\":2"), rows.get(1).toString());
        assertEquals(MentorStatusChanged.TYPE.value(), rows.get(0).get("event_type"));
        assertEquals(0, db.count("select count(*) from outbox_message where subject = ?1", mentor.toString()));
    }

    @Test
    void shouldRefuseToAppendOutsideATransaction() {
        TransactionalException refused = assertThrows(TransactionalException.class, () -> outbox.append(
                WidgetEvents.TOPIC, WidgetEvents.CREATED.value(), "no-transaction", "0751", "{}", Map.of()));
        assertNotNull(refused.getCause());
        assertEquals(0, db.count("select count(*) from outbox_message where subject = 'no-transaction'"));
    }
}
