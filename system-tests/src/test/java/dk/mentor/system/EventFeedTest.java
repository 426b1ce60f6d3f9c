package dk.mentor.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A case system follows catalog-service's events feed with the integration client's token while
 * mentors are registered, and catalog-service is killed and started again in the middle. It sees
 * every event once, each subject's events in the order they happened, and never an event of a
 * municipality it does not act for.
 */
class EventFeedTest extends SuiteTest {

    private static final String OWN = "0751";
    private static final String FOREIGN = "0746";

    @Test
    void shouldSeeEveryEventOnceInOrderPerSubjectAcrossARestartAndNoForeignOne() throws Exception {
        assertTrue(Tokens.municipalities(suite.integrationToken()).contains(OWN));
        assertFalse(Tokens.municipalities(suite.integrationToken()).contains(FOREIGN));
        // From the feed's start: what earlier tests produced is followed too, and checked the same way.
        FeedFollower follower = new FeedFollower(suite.catalog(), suite::integrationToken, null);
        List<UUID> own = new ArrayList<>();
        List<UUID> foreign = new ArrayList<>();
        ScheduledExecutorService polling = Executors.newSingleThreadScheduledExecutor();
        try {
            polling.scheduleWithFixedDelay(follower::poll, 0, 100, TimeUnit.MILLISECONDS);
            register(own, foreign, 4);
            await("the first events in the feed").atMost(Duration.ofSeconds(60))
                    .until(() -> followed(follower) && subjects(follower).contains(own.get(0).toString()));
            try {
                suite.catalog().kill();
                await("the follower notices the service is gone").atMost(Duration.ofSeconds(10))
                        .until(() -> follower.failedCalls() > 0);
                suite.catalog().start();
            } finally {
                suite.heal();
            }
            register(own, foreign, 4);
            Set<String> expected = eventIds(own);
            await("every event of the own municipality's mentors in the feed").atMost(Duration.ofSeconds(60))
                    .until(() -> followed(follower) && seenIds(follower).containsAll(expected));
        } finally {
            polling.shutdownNow();
            polling.awaitTermination(10, TimeUnit.SECONDS);
        }

        follower.assertNoUnexpectedAnswer();
        List<Map<String, Object>> seen = follower.seen();
        List<String> ids = seen.stream().map(e -> (String) e.get("id")).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "an event seen twice");
        seen.forEach(event -> assertTrue(Tokens.municipalities(suite.integrationToken()).contains(event.get("municipality")),
                "an event of municipality " + event.get("municipality")));
        Set<String> foreignSubjects = foreign.stream().map(UUID::toString).collect(Collectors.toSet());
        assertTrue(seen.stream().noneMatch(e -> foreignSubjects.contains(e.get("subject"))), "a foreign mentor's event");
        for (UUID mentor : own) {
            List<Object> inFeed = seen.stream().filter(e -> mentor.toString().equals(e.get("subject"))).map(e -> e.get("id")).toList();
            assertEquals(eventIdsInOrder(mentor), inFeed, "the events of mentor " + mentor + " in the order they happened");
        }
        List<Long> sequence = seen.stream().map(e -> Long.parseLong((String) e.get("sequence"))).toList();
        for (int i = 1; i < sequence.size(); i++) {
            assertTrue(sequence.get(i) > sequence.get(i - 1), "the feed's order at " + i);
        }
        Figures.record("events feed: events followed across a catalog-service SIGKILL", seen.size() + " events, "
                + follower.failedCalls() + " calls refused while down");
    }

    private static void register(List<UUID> own, List<UUID> foreign, int count) {
        for (int i = 0; i < count; i++) {
            own.add(api.register("coordinator-aarhus", OWN));
            foreign.add(api.register("coordinator-skanderborg", FOREIGN));
        }
    }

    private static boolean followed(FeedFollower follower) {
        follower.assertNoUnexpectedAnswer();
        return true;
    }

    private static Set<String> subjects(FeedFollower follower) {
        return follower.seen().stream().map(e -> (String) e.get("subject")).collect(Collectors.toSet());
    }

    private static Set<String> seenIds(FeedFollower follower) {
        return follower.seen().stream().map(e -> (String) e.get("id")).collect(Collectors.toSet());
    }

    private static Set<String> eventIds(List<UUID> mentors) throws SQLException {
        Set<String> ids = new HashSet<>();
        for (UUID mentor : mentors) {
            ids.addAll(eventIdsInOrder(mentor));
        }
        return ids;
    }

    /** What catalog-service wrote about the mentor, in the order it was written. */
    private static List<String> eventIdsInOrder(UUID mentor) throws SQLException {
        try (Connection c = DriverManager.getConnection(suite.databaseUrl(), "postgres", "");
             PreparedStatement st = c.prepareStatement(
                     "select event_id from catalog.outbox_message where subject = ? and topic not like '%.dlq' order by id")) {
            st.setString(1, mentor.toString());
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        }
    }
}
