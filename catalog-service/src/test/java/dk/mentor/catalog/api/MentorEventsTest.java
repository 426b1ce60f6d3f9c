package dk.mentor.catalog.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.contracts.events.CloudEventHeaders;
import dk.mentor.contracts.events.Topics;
import dk.mentor.testing.infra.TestInfra;
import dk.mentor.testing.kafka.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The mentor's events leave through the outbox, once each, with the version after the change. */
@QuarkusTest
class MentorEventsTest extends CatalogTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldPublishRegisteredAndProfileOnceWithCloudEventHeaders() throws Exception {
        String id = registerVolunteer("Event Mentor", AARHUS);

        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(20))
                .until(() -> ofKey(id), r -> r.size() >= 2);
        ConsumerRecord<String, String> record = records.get(0);
        assertEquals("dk.mentor.catalog.MentorRegistered.v1", TopicReader.header(record, CloudEventHeaders.TYPE));
        assertEquals("/catalog-service", TopicReader.header(record, CloudEventHeaders.SOURCE));
        assertEquals(id, TopicReader.header(record, CloudEventHeaders.SUBJECT));
        assertEquals(AARHUS, TopicReader.header(record, CloudEventHeaders.MUNICIPALITY));
        assertEquals("1.0", TopicReader.header(record, CloudEventHeaders.SPEC_VERSION));
        assertEquals("dk.mentor.catalog.MentorProfileChanged.v1", TopicReader.header(records.get(1), CloudEventHeaders.TYPE));
        JsonNode profile = JSON.readTree(records.get(1).value());
        assertEquals(0, profile.get("version").asLong());
        assertEquals("APPLICANT", profile.get("status").asText());
        assertEquals(false, profile.get("vettingComplete").asBoolean());

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> ofKey(id).size() == 2);
    }

    @Test
    void shouldPublishStatusAndProfileAfterEveryMoveWithTheNewVersion() throws Exception {
        String id = activeVolunteer("Event Lifecycle", AARHUS, Map.of());
        // registered + profile, vetting -> profile, approved -> status + profile, active -> status + profile
        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(20))
                .until(() -> ofKey(id), r -> r.size() >= 7);
        ConsumerRecord<String, String> last = records.get(records.size() - 1);
        ConsumerRecord<String, String> status = records.get(records.size() - 2);
        assertEquals("dk.mentor.catalog.MentorStatusChanged.v1", TopicReader.header(status, CloudEventHeaders.TYPE));
        assertThat(status.value(), containsString("\"previousStatus\":\"APPROVED\""));
        JsonNode profile = JSON.readTree(last.value());
        assertEquals("ACTIVE", profile.get("status").asText());
        assertEquals(true, profile.get("vettingComplete").asBoolean());
        assertEquals(3, profile.get("version").asLong());
        assertEquals(JSON.readTree(status.value()).get("version").asLong(), profile.get("version").asLong());
    }

    @Test
    void shouldPublishCapacityChangedWhenTheCapacityIsEdited() {
        String id = registerVolunteer("Event Capacity", AARHUS);
        Map<String, Object> body = volunteer("Event Capacity", AARHUS);
        body.put("capacityCitizens", 5);
        put(coordinator(AARHUS), "/api/v1/mentors/" + id, etag(coordinator(AARHUS), id), body).statusCode(200);
        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(20))
                .until(() -> ofKey(id), r -> r.stream().anyMatch(x -> type(x).endsWith("MentorCapacityChanged.v1")));
        ConsumerRecord<String, String> capacity = records.stream().filter(x -> type(x).endsWith("MentorCapacityChanged.v1"))
                .findFirst().orElseThrow();
        assertThat(capacity.value(), containsString("\"capacityCitizens\":5"));
        assertThat(capacity.value(), containsString("\"version\":1"));
    }

    private static String type(ConsumerRecord<String, String> record) {
        return TopicReader.header(record, CloudEventHeaders.TYPE);
    }

    static List<ConsumerRecord<String, String>> ofKey(String key) {
        return TopicReader.readAll(TestInfra.kafka().bootstrapServers(), Topics.CATALOG_MENTOR).stream()
                .filter(r -> key.equals(r.key())).toList();
    }
}
