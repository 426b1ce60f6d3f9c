package dk.mentor.kit.feed;

import static dk.mentor.testing.kafka.TopicReader.header;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.mentor.contracts.events.CloudEventHeaders;
import dk.mentor.contracts.events.EventCatalog;
import dk.mentor.contracts.events.EventDefinition;
import dk.mentor.contracts.events.followup.PlanOpened;
import dk.mentor.kit.outbox.Outbox;
import dk.mentor.kit.support.Feed;
import dk.mentor.kit.support.TestDatabase;
import dk.mentor.testing.infra.TestInfra;
import dk.mentor.testing.infra.TestInfraResource;
import dk.mentor.testing.kafka.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** An event of the contracts names its JSON Schema on Kafka (ce_dataschema) and in the feed (dataschema) alike. */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class DataSchemaTest {

    @Inject
    Outbox outbox;

    @Inject
    TestDatabase db;

    @Test
    void shouldNameThePayloadsSchemaOnTheRecordAndInTheFeed() {
        String start = Feed.head(db);
        PlanOpened payload = new PlanOpened(UUID.randomUUID(), UUID.randomUUID(), "0751", List.of("ACTIVITY_READY"),
                LocalDate.of(2026, 3, 2), Instant.parse("2026-03-02T08:15:00Z"), false);
        EventDefinition definition = EventCatalog.of(payload);
        String eventId = QuarkusTransaction.requiringNew().call(() -> outbox.append(payload)).toString();

        ConsumerRecord<String, String> record = await().atMost(Duration.ofSeconds(30)).until(
                () -> TopicReader.readAll(TestInfra.kafka().bootstrapServers(), definition.topic()).stream()
                        .filter(r -> eventId.equals(header(r, CloudEventHeaders.ID))).findFirst(), Optional::isPresent).get();
        Map<String, Object> event = Feed.events(Feed.after(Feed.integrationOf("0751"), start, Map.of("limit", 500))).stream()
                .filter(e -> eventId.equals(e.get("id"))).findFirst().orElseThrow();

        assertEquals("https://mentor.example/schemas/dk.mentor.followup.PlanOpened.v1.json", header(record, CloudEventHeaders.DATA_SCHEMA));
        assertEquals(header(record, CloudEventHeaders.DATA_SCHEMA), event.get("dataschema"));
        assertEquals(payload.planId().toString(), ((Map<?, ?>) event.get("data")).get("planId"));
        assertEquals(header(record, CloudEventHeaders.TIME), event.get("time"));
    }
}
