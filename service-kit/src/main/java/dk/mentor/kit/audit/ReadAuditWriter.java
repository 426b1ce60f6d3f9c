package dk.mentor.kit.audit;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Group commit for the audit entries of reads. A read changes nothing, so its entry has no change to
 * commit with; written in the read's own transaction it made every read a write that waits for the
 * disk. Here the entries of all reads that arrive while one batch commits go in together, in one
 * statement and one transaction, so many requests share one flush. Each request still answers only
 * once its own entry is durable ({@link ReadAuditBeforeAnswer}). A batch takes what queued while the
 * previous one committed. While reads come concurrently (the last batch had company) it also waits up
 * to {@code mentor.audit.read-linger} for one more entry: under load that halved the commits, the
 * flush being what a read cost PostgreSQL most. A lone read does not wait.
 */
@ApplicationScoped
public class ReadAuditWriter {

    /** Entries per statement, at 12 parameters each: far below PostgreSQL's 65,535 parameters. */
    static final int MAX_BATCH = 256;
    static final String BATCH_SIZES = "mentor.audit.read.batch.size";
    static final String QUEUED = "mentor.audit.read.queued";
    private static final Logger LOG = Logger.getLogger(ReadAuditWriter.class);

    private record Queued(AuditEntry entry, CompletableFuture<Void> written) {
    }

    private final BlockingQueue<Queued> queue = new LinkedBlockingQueue<>();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "quarkus.hibernate-orm.database.default-schema")
    Optional<String> schema;

    /** How long a batch waits for company while reads come concurrently; 0 turns the wait off. */
    @ConfigProperty(name = "mentor.audit.read-linger")
    Duration linger;

    /** How long one batch may take before its requests are answered 503 instead of waiting on. */
    @ConfigProperty(name = "mentor.audit.read-write-timeout")
    Duration timeout;

    private Thread writer;
    private volatile boolean stopping;

    /** Queues the entry; the future completes once it is committed, or fails if its batch could not be. */
    CompletableFuture<Void> write(AuditEntry entry) {
        CompletableFuture<Void> written = new CompletableFuture<>();
        startOnce();
        if (stopping) {
            written.completeExceptionally(new IllegalStateException("the service is stopping"));
            return written;
        }
        queue.add(new Queued(entry, written));
        return written;
    }

    private synchronized void startOnce() {
        if (writer == null && !stopping) {
            metrics.gaugeCollectionSize(QUEUED, List.of(), queue);
            writer = new Thread(this::run, "read-audit-writer");
            writer.setDaemon(true);
            writer.start();
        }
    }

    private void run() {
        DistributionSummary sizes = DistributionSummary.builder(BATCH_SIZES)
                .description("Audit entries of reads written per statement and transaction").register(metrics);
        List<Queued> batch = new ArrayList<>(MAX_BATCH);
        boolean concurrent = false;
        while (!stopping || !queue.isEmpty()) {
            try {
                Queued first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                if (concurrent) {
                    awaitCompany(batch);
                }
                commit(batch);
                concurrent = batch.size() > 1 || !queue.isEmpty();
                sizes.record(batch.size());
                metrics.counter(AuditLog.WRITES, "outcome", AuditEntry.Outcome.ALLOWED.name()).increment(batch.size());
                batch.forEach(q -> q.written().complete(null));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopping = true;
            } catch (SQLException | RuntimeException e) {
                LOG.warnf("audit entries of %d reads could not be written, their requests fail: %s", batch.size(), e.getMessage());
                batch.forEach(q -> q.written().completeExceptionally(e));
            }
            batch.clear();
        }
    }

    /** Interrupted (the service stops), the batch goes as it is: its requests are waiting for it. */
    private void awaitCompany(List<Queued> batch) {
        if (batch.size() >= MAX_BATCH || linger.isZero()) {
            return;
        }
        Queued next;
        try {
            next = queue.poll(linger.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (next != null) {
            batch.add(next);
            queue.drainTo(batch, MAX_BATCH - batch.size());
        }
    }

    /**
     * One statement on an auto-commit connection: a single INSERT is its own transaction, durable when
     * it returns, so the batch costs one round trip instead of four (begin, timeout, insert, commit).
     * The timeout is the driver's, which cancels the statement from the client.
     */
    private void commit(List<Queued> batch) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(AuditRows.insert(schema, batch.size()))) {
            connection.setAutoCommit(true); // as the pool hands it out; said, since durability rests on it
            insert.setQueryTimeout(timeoutSeconds());
            AuditRows.bind(insert, batch.stream().map(Queued::entry).toList());
            insert.executeUpdate();
        }
    }

    /** JDBC counts the timeout in whole seconds; a shorter setting still gets one. */
    private int timeoutSeconds() {
        return (int) Math.max(1, (timeout.toMillis() + 999) / 1000);
    }

    /** Writes what is queued (the last requests are still waiting for it), then ends the writer. */
    @PreDestroy
    void stop() throws InterruptedException {
        Thread running;
        synchronized (this) {
            stopping = true;
            running = writer;
        }
        if (running != null) {
            running.join(timeout.toMillis());
        }
    }
}
