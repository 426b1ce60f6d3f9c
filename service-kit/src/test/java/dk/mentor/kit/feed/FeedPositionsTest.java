package dk.mentor.kit.feed;

import static dk.mentor.kit.outbox.UnsentRows.UNSENT;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.kit.outbox.Outbox;
import dk.mentor.kit.support.Feed;
import dk.mentor.kit.support.TestDatabase;
import dk.mentor.kit.support.Widgets;
import dk.mentor.kit.testapp.WidgetEvents;
import dk.mentor.testing.infra.TestInfra;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Feed positions follow commit order, and never wait for Kafka. */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class FeedPositionsTest {

    @Inject
    TestDatabase db;

    @Inject
    Outbox outbox;

    @Inject
    FeedSequencer sequencer;

    @Test
    void shouldPositionEventsInCommitOrderSoACursorNeverSkipsOneThatCommittedLate() throws Exception {
        String late = "late-" + UUID.randomUUID();
        String early = "early-" + UUID.randomUUID();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> slowTransaction = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            append(late);
            written.countDown();
            hold(commit);
        }));
        try {
            assertTrue(written.await(10, TimeUnit.SECONDS), "the slow transaction wrote its event");
            QuarkusTransaction.requiringNew().run(() -> append(early));
            sequencer.sequence();
            Long earlyPosition = position(early);
            assertNotNull(earlyPosition, "the committed event has a position while an older id is still uncommitted");
            // A client reads up to here now, and keeps this cursor.
            String cursor = String.format("%019d", earlyPosition);

            commit.countDown();
            slowTransaction.get(10, TimeUnit.SECONDS);
            sequencer.sequence();

            assertTrue(id(late) < id(early), "the late event's id was drawn first");
            assertTrue(position(late) > earlyPosition, "but it is positioned after the event that committed first");
            List<Object> after = Feed.events(Feed.after(Feed.integrationOf("0751"), cursor, Map.of("limit", 500)))
                    .stream().map(e -> e.get("subject")).toList();
            assertTrue(after.contains(late), "the cursor taken before the late commit still finds it: " + after);
        } finally {
            commit.countDown();
        }
    }

    @Test
    void shouldPositionEventsWhileKafkaIsDown() {
        String start = Feed.head(db);
        List<String> ids = new ArrayList<>();
        try {
            TestInfra.kafka().kill();
            for (int i = 0; i < 3; i++) {
                ids.add(Widgets.create("0751"));
            }
            List<Object> seen = await().atMost(Duration.ofSeconds(20)).until(
                    () -> Feed.events(Feed.after(Feed.integrationOf("0751"), start, Map.of("limit", 500)))
                            .stream().map(e -> e.get("subject")).toList(),
                    subjects -> subjects.containsAll(ids));

            assertEquals(ids, seen.stream().filter(ids::contains).toList(), "in commit order");
            assertEquals(ids.size(), db.count("select count(*) from outbox_message where subject in (?1) and " + UNSENT, ids),
                    "served before Kafka had them");
        } finally {
            TestInfra.kafka().start();
        }
        await().atMost(Duration.ofSeconds(90)).until(() ->
                db.count("select count(*) from outbox_message where subject in (?1) and " + UNSENT, ids) == 0);
    }

    @Test
    void shouldVacuumTheOutboxAfterAFixedNumberOfDeadRowsHoweverLargeItGrows() {
        // Each pass scans the dead entries of positioned rows left in the index of unpositioned ones (V0_11).
        List<Object> options = db.rows("select unnest(reloptions) as option from pg_class where oid = 'outbox_message'::regclass")
                .stream().map(row -> row.get("option")).toList();
        assertTrue(options.containsAll(List.of("autovacuum_vacuum_scale_factor=0", "autovacuum_vacuum_threshold=10000")),
                "the outbox's vacuum settings: " + options);
    }

    private void append(String subject) {
        outbox.append(WidgetEvents.TOPIC, WidgetEvents.CREATED.value(), subject, "0751", "{}", Map.of());
    }

    private Long position(String subject) {
        Object position = db.rows("select feed_position from outbox_message where subject = ?1", subject).get(0).get("feed_position");
        return position == null ? null : ((Number) position).longValue();
    }

    private long id(String subject) {
        return db.count("select id from outbox_message where subject = ?1", subject);
    }

    private static void hold(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the slow transaction commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
