package dk.mentor.bench.harness;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * From a committed event to its effect in the consumer: mentors registered in catalog-service at a
 * fixed rate, each one's outbox event relayed to catalog.mentor.v1 and applied by matching-service
 * to its read model (matching.mentor_candidate). A mentor counts as committed when catalog's 201
 * arrives (the answer follows the commit); its effect counts when a query of matching's table,
 * issued every {@link #POLL_MILLIS} ms, first sees the row. The poll adds up to that much to each
 * figure.
 */
final class EventLag {

    static final int POLL_MILLIS = 5;
    private static final long HIGHEST_MICROS = TimeUnit.SECONDS.toMicros(120);

    /**
     * What was due, what was committed and at which rate (below the due rate when the writes could
     * not keep up), and what arrived.
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

    /**
     * Waits until matching has applied every catalog mentor (the write measurements before leave a
     * backlog), or until its count stood still for 10 s, at most {@code limit}.
     */
    void awaitBacklog(Duration limit) throws SQLException {
        long deadline = System.nanoTime() + limit.toNanos();
        long last = -1;
        long stillSince = System.nanoTime();
        try (Connection db = connect()) {
            while (System.nanoTime() < deadline) {
                long mentors = count(db, "select count(*) from catalog.mentor");
                long candidates = count(db, "select count(*) from matching.mentor_candidate");
                if (candidates >= mentors) {
                    return;
                }
                if (candidates != last) {
                    last = candidates;
                    stillSince = System.nanoTime();
                } else if (System.nanoTime() - stillSince > TimeUnit.SECONDS.toNanos(10)) {
                    return;
                }
                sleep(200);
            }
        }
    }

    Result measure(Call register, double rate, double seconds, Duration drain) throws SQLException {
        Map<UUID, Long> pending = new ConcurrentHashMap<>();
        Histogram lag = new ConcurrentHistogram(HIGHEST_MICROS, 3);
        AtomicLong sent = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong arrived = new AtomicLong();
        AtomicBoolean sending = new AtomicBoolean(true);
        double sendingSeconds;
        try (Connection db = connect()) {
            Thread poller = new Thread(() -> poll(db, pending, lag, arrived, sending, drain), "effect-poller");
            poller.start();
            long start = System.nanoTime();
            send(register, rate, seconds, pending, sent, failed);
            sendingSeconds = (System.nanoTime() - start) / 1e9;
            sending.set(false);
            try {
                poller.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new Result(rate, sent.get() / sendingSeconds, sent.get(), failed.get(), arrived.get(), lag);
    }

    private void send(Call register, double rate, double seconds, Map<UUID, Long> pending, AtomicLong sent,
                      AtomicLong failed) {
        load.paced(register, rate, seconds, (due, response, error) -> {
            long committed = System.nanoTime();
            if (error == null && response.statusCode() == 201) {
                String location = response.headers().firstValue("Location").orElseThrow();
                pending.put(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)), committed);
                sent.incrementAndGet();
            } else {
                failed.incrementAndGet();
            }
        });
    }

    /** Until sending ended and every mentor arrived, or the drain time after the last send ran out. */
    private void poll(Connection db, Map<UUID, Long> pending, Histogram lag, AtomicLong arrived, AtomicBoolean sending,
                      Duration drain) {
        long drainEnd = Long.MAX_VALUE;
        try (PreparedStatement query = db.prepareStatement(
                "select mentor_id from matching.mentor_candidate where mentor_id = any(?)")) {
            while (true) {
                if (!sending.get() && drainEnd == Long.MAX_VALUE) {
                    drainEnd = System.nanoTime() + drain.toNanos();
                }
                if (!sending.get() && (pending.isEmpty() || System.nanoTime() > drainEnd)) {
                    return;
                }
                List<UUID> ids = new ArrayList<>(pending.keySet());
                if (!ids.isEmpty()) {
                    long asked = System.nanoTime();
                    Array array = db.createArrayOf("uuid", ids.toArray());
                    query.setArray(1, array);
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            Long committed = pending.remove(rows.getObject(1, UUID.class));
                            if (committed != null) {
                                lag.recordValue(Math.min(HIGHEST_MICROS, Math.max(0, asked - committed) / 1000));
                                arrived.incrementAndGet();
                            }
                        }
                    }
                    array.free();
                }
                sleep(POLL_MILLIS);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("polling matching's read model failed", e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, jdbcUser, "");
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
