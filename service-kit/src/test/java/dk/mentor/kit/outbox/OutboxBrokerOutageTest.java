package dk.mentor.kit.outbox;

import static dk.mentor.kit.outbox.UnsentRows.UNSENT;
import static dk.mentor.testing.kafka.TopicReader.header;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.mentor.kit.support.TestDatabase;
import dk.mentor.kit.support.Widgets;
import dk.mentor.kit.testapp.WidgetEvents;
import dk.mentor.testing.infra.TestInfra;
import dk.mentor.testing.infra.TestInfraResource;
import dk.mentor.testing.kafka.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class OutboxBrokerOutageTest {

    private static final int WRITES = 20;

    @Inject
    TestDatabase db;

    @Test
    void shouldKeepEventsWhileTheBrokerIsDownAndPublishEachExactlyOnceWhenItIsBack() {
        List<String> ids = new ArrayList<>();
        try {
            TestInfra.kafka().kill();
            for (int i = 0; i < WRITES; i++) {
                ids.add(Widgets.create("0751"));
            }
            // The writes succeed without the broker; the relay keeps failing and the rows wait.
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> unsent(ids) == WRITES);
            // Readiness says so promptly (a probe must get its 503, not a timeout); the write side stays up.
            given().when().get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'Kafka broker' }.status", equalTo("DOWN"))
                    .time(lessThan(20_000L)); // the built-in check took 60 s here
            // An operator reads why they wait, once a round has given up: a record queued before the broker
            // went away fails only after the producer's delivery timeout (30 s), others after 5 s of metadata.
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> db.count("select count(*) from outbox_relay where failed_rounds > 0 and last_error is not null") == 1);
        } finally {
            TestInfra.kafka().start();
        }

        await().atMost(Duration.ofSeconds(90)).until(() -> unsent(ids) == 0);
        assertEquals(1, db.count("select count(*) from outbox_relay where failed_rounds = 0 and last_error is null"));

        Set<String> eventIds = db.rows("select event_id from outbox_message where subject in (?1)", ids).stream()
                .map(row -> row.get("event_id").toString()).collect(Collectors.toSet());
        assertEquals(WRITES, eventIds.size());
        Map<String, Long> published = TopicReader.readAll(TestInfra.kafka().bootstrapServers(), WidgetEvents.TOPIC).stream()
                .filter(r -> eventIds.contains(header(r, "ce_id")))
                .collect(Collectors.groupingBy(r -> header(r, "ce_id"), Collectors.counting()));
        assertEquals(eventIds, published.keySet(), "every event reached the topic");
        published.forEach((eventId, copies) -> assertEquals(1L, copies, "copies of event " + eventId));
    }

    private long unsent(List<String> ids) {
        return db.count("select count(*) from outbox_message where subject in (?1) and " + UNSENT, ids);
    }
}
