package dk.mentor.kit.feed;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.kit.support.Feed;
import dk.mentor.kit.support.ProblemAssertions;
import dk.mentor.kit.support.TestDatabase;
import dk.mentor.kit.testapp.WidgetEvents;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class FeedRetentionTest {

    @Inject
    TestDatabase db;

    @Inject
    FeedSequencer sequencer;

    @Inject
    FeedPurge purge;

    @ConfigProperty(name = "mentor.events.retention")
    Duration retention;

    @Test
    void shouldPurgeSentEventsPastTheRetentionAndAnswerAnOlderCursorWith410() {
        String prefix = "retention-" + UUID.randomUUID() + "-";
        event(prefix + "old-sent", WidgetEvents.TOPIC, retention.plusDays(1));
        event(prefix + "fresh-sent", WidgetEvents.TOPIC, retention.minusHours(1));
        // No broker takes a record for this topic, so the row stays unsent, as while Kafka is down. The
        // relay sends in feed order, so this row comes last and holds back neither of the others.
        event(prefix + "old-unsent", "no such topic!", retention.plusDays(1));
        sequencer.sequence();
        try {
            long freshPosition = db.count("select feed_position from outbox_message where subject = ?1", prefix + "fresh-sent");
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> db.count("select sent_through from outbox_relay") >= freshPosition);
            purgeAndCheck(prefix);
        } finally {
            db.execute("delete from outbox_message where subject = ?1", prefix + "old-unsent");
        }
    }

    private void purgeAndCheck(String prefix) {
        long oldPosition = db.count("select feed_position from outbox_message where subject = ?1", prefix + "old-sent");

        purge.purge();

        assertEquals(0, db.count("select count(*) from outbox_message where subject = ?1", prefix + "old-sent"));
        assertEquals(1, db.count("select count(*) from outbox_message where subject = ?1", prefix + "old-unsent"),
                "Kafka still needs it");
        assertEquals(1, db.count("select count(*) from outbox_message where subject = ?1", prefix + "fresh-sent"));
        assertTrue(db.count("select purged_through from outbox_feed") >= oldPosition);
        String bearer = Feed.integrationOf("0751");
        JsonPath problem = ProblemAssertions.assertProblem(
                Feed.after(bearer, String.format("%019d", oldPosition - 1), Map.of()), 410, "cursor-expired", Feed.PATH);
        assertTrue(problem.getString("detail").contains("updatedSince"), problem.getString("detail"));
        // The feed's start is the oldest kept event, and a cursor from there is fine.
        assertEquals(200, Feed.after(bearer, null, Map.of()).statusCode());
        assertEquals(200, Feed.after(bearer, String.format("%019d", db.count("select purged_through from outbox_feed")),
                Map.of()).statusCode());
    }

    private void event(String subject, String topic, Duration age) {
        db.execute("insert into outbox_message (event_id, topic, message_key, event_type, source, subject, municipality,"
                        + " occurred_at, payload, created_at) values (?1, ?2, ?3, ?4, '/kit-test', ?3, '0751',"
                        + " now() - make_interval(secs => ?5), '{}', now() - make_interval(secs => ?5))",
                UUID.randomUUID(), topic, subject, WidgetEvents.CREATED.value(), age.toSeconds());
    }
}
