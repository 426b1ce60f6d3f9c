package dk.mentor.catalog.api;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.mentor.contracts.events.CloudEventHeaders;
import dk.mentor.contracts.events.Topics;
import dk.mentor.testing.infra.TestInfra;
import dk.mentor.testing.kafka.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A registration leaves the catalogue as exactly one MentorRegistered event, through the outbox. */
@QuarkusTest
class MentorEventsTest extends CatalogTest {

    @Test
    void shouldPublishMentorRegisteredOnceWithCloudEventHeaders() {
        String id = registerVolunteer("Event Mentor", AARHUS);

        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(20))
                .until(() -> ofKey(id), r -> !r.isEmpty());
        ConsumerRecord<String, String> record = records.get(0);
        assertEquals("dk.mentor.catalog.MentorRegistered.v1", TopicReader.header(record, CloudEventHeaders.TYPE));
        assertEquals("/catalog-service", TopicReader.header(record, CloudEventHeaders.SOURCE));
        assertEquals(id, TopicReader.header(record, CloudEventHeaders.SUBJECT));
        assertEquals(AARHUS, TopicReader.header(record, CloudEventHeaders.MUNICIPALITY));
        assertEquals("1.0", TopicReader.header(record, CloudEventHeaders.SPEC_VERSION));

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> ofKey(id).size() == 1);
    }

    private static List<ConsumerRecord<String, String>> ofKey(String key) {
        return TopicReader.readAll(TestInfra.kafka().bootstrapServers(), Topics.CATALOG_MENTOR).stream()
                .filter(r -> key.equals(r.key())).toList();
    }
}
