package dk.mentor.bench.harness;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * From a committed event to its effect in the consumer: mentors registered in catalog-service at a
 * fixed rate, each one's outbox event relayed to catalog.mentor.v1 and applied by matching-service.
 * Both ends are PostgreSQL's commit timestamps (the local suite runs it with track_commit_timestamp):
 * the commit of catalog's transaction that wrote the mentor, and the commit of matching's transaction
 * that applied its MentorRegistered (the inbox row it wrote with the effect). Nothing is polled while
 * the events flow, since a client querying matching's table every few milliseconds took from the same two
 * cores the consumer needed; afterwards the harness waits for the backlog and reads the timestamps.
 */
final class EventLag {

    private static final String REGISTERED = "dk.mentor.catalog.MentorRegistered.v1";
    private static final String CONSUMER = "matching-service.mentor-events";
    private static final long HIGHEST_MICROS = TimeUnit.SECONDS.toMicros(120);
    /** A registration commits MentorRegistered and MentorProfileChanged, and matching applies both. */
    static final int EVENTS_PER_MENTOR = 2;

    /**
     * The events due and committed per second (the committed rate below the due one when the writes could
     * not keep up), and the mentors committed, failed and applied.
     */
    record Result(double rate, double committedRate, long sent, long failed, long arrived, Histogram lag) {
    }

    private final Load load;
    private final String jdbcUrl;
    private final String jdbcUser;

    EventLag(Load load, String jdbcUrl, String jdbcUser) {
        this.load = load;
        this.jdbcUrl = jdbcUrl;
        this.jdbcUser = jdbcUser;
    }

    /** Registers mentors at {@code eventRate / EVENTS_PER_MENTOR} a second, so that the events flow at {@code eventRate}. */
    Result measure(Call register, double eventRate, double seconds, Duration drain) throws SQLException {
        List<UUID> committed = Collections.synchronizedList(new ArrayList<>());
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        load.paced(register, eventRate / EVENTS_PER_MENTOR, seconds, (due, response, error) -> {
            if (error == null && response.statusCode() == 201) {
                String location = response.headers().firstValue("Location").orElseThrow();
                committed.add(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));
            } else {
                failed.incrementAndGet();
            }
        });
        double sendingSeconds = (System.nanoTime() - start) / 1e9;
        try (Connection db = connect()) {
            awaitApplied(db, committed, drain);
            Histogram lag = lags(db, committed);
            double committedEventRate = EVENTS_PER_MENTOR * committed.size() / sendingSeconds;
            return new Result(eventRate, committedEventRate, committed.size(), failed.get(), lag.getTotalCount(), lag);
        }
    }

    /** Until matching applied every committed mentor, or the drain time ran out; a count every 200 ms. */
    private void awaitApplied(Connection db, List<UUID> mentors, Duration drain) throws SQLException {
        long deadline = System.nanoTime() + drain.toNanos();
        try (PreparedStatement query = db.prepareStatement(
                "select count(*) from matching.mentor_candidate where mentor_id = any(?)")) {
            query.setArray(1, db.createArrayOf("uuid", mentors.toArray()));
            while (System.nanoTime() < deadline) {
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) >= mentors.size()) {
                        return;
                    }
                }
                sleep(200);
            }
        }
    }

    /** Each applied mentor's time from catalog's commit to the commit of matching's applying transaction. */
    private static Histogram lags(Connection db, List<UUID> mentors) throws SQLException {
        Histogram lag = new Histogram(HIGHEST_MICROS, 3);
        try (PreparedStatement query = db.prepareStatement("""
                select extract(epoch from pg_xact_commit_timestamp(p.xmin) - pg_xact_commit_timestamp(m.xmin)) * 1000000
                from catalog.mentor m
                join catalog.outbox_message o on o.subject = m.id::text and o.event_type = ?
                join matching.processed_event p on p.event_id = o.event_id::text and p.consumer = ?
                where m.id = any(?)""")) {
            query.setString(1, REGISTERED);
            query.setString(2, CONSUMER);
            query.setArray(3, db.createArrayOf("uuid", mentors.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    lag.recordValue(Math.min(HIGHEST_MICROS, Math.max(0, rows.getLong(1))));
                }
            }
        }
        return lag;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, jdbcUser, "");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
