package dk.mentor.kit.outbox;

import static dk.mentor.kit.outbox.UnsentRows.UNSENT;
import static dk.mentor.testing.kafka.TopicReader.header;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.kit.support.TestDatabase;
import dk.mentor.testing.infra.TestInfra;
import dk.mentor.testing.kafka.TopicReader;
import dk.mentor.kit.support.Widgets;
import dk.mentor.kit.testapp.WidgetEvents;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class OutboxConcurrencyTest {

    private static final int THREADS = 8;
    private static final int WRITES_PER_THREAD = 25; // one create and 24 changes: 200 events in all

    @Inject
    TestDatabase db;

    @Inject
    ObjectMapper json;

    @Test
    void shouldPublishEveryEventOfConcurrentWritersExactlyOnceAndInOrderPerKey() throws Exception {
        String bearer = Widgets.coordinatorOf("0751");
        ExecutorService writers = Executors.newFixedThreadPool(THREADS);
        List<String> ids;
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(writers.submit(() -> writeOneWidgetManyTimes(bearer)));
            }
            ids = new ArrayList<>();
            for (Future<String> future : futures) {
                ids.add(future.get(60, TimeUnit.SECONDS));
            }
        } finally {
            writers.shutdownNow();
        }

        assertEquals(THREADS * WRITES_PER_THREAD, db.count("select count(*) from outbox_message where subject in (?1)", ids));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> db.count("select count(*) from outbox_message where subject in (?1) and " + UNSENT, ids) == 0);

        Set<String> keys = Set.copyOf(ids);
        List<ConsumerRecord<String, String>> records = TopicReader.readAll(TestInfra.kafka().bootstrapServers(), WidgetEvents.TOPIC).stream()
                .filter(r -> keys.contains(r.key())).toList();
        Map<String, Long> perEventId = records.stream()
                .collect(Collectors.groupingBy(r -> header(r, "ce_id"), Collectors.counting()));
        assertEquals(THREADS * WRITES_PER_THREAD, records.size(), "records of the test's widgets");
        assertEquals(THREADS * WRITES_PER_THREAD, perEventId.size(), "distinct event ids");
        assertTrue(records.stream().map(ConsumerRecord::partition).distinct().count() > 1,
                "the widgets spread over the topic's partitions (as many as the local suite has), so order is per key");

        Map<String, List<Long>> versionsPerKey = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            versionsPerKey.computeIfAbsent(record.key(), k -> new ArrayList<>())
                    .add(json.readTree(record.value()).get("version").asLong());
        }
        List<Long> expected = LongStream.range(0, WRITES_PER_THREAD).boxed().toList();
        versionsPerKey.forEach((key, versions) -> assertEquals(expected, versions, "order of widget " + key));
    }

    private static String writeOneWidgetManyTimes(String bearer) {
        Response created = Widgets.post(bearer, Map.of("name", Widgets.uniqueName(), "quantity", 0, "municipality", "0751"));
        assertEquals(201, created.statusCode(), created::asString);
        String id = created.jsonPath().getString("id");
        String etag = created.header("ETag");
        for (int i = 1; i < WRITES_PER_THREAD; i++) {
            Response changed = Widgets.change(bearer, id, etag, "changed-" + i + "-" + id, i);
            assertEquals(200, changed.statusCode(), changed::asString);
            etag = changed.header("ETag");
        }
        return id;
    }
}
