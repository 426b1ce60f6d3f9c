package dk.mentor.kit.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Removes stored requests older than the retention, of every caller: a claim only clears its own
 * key, so without this a key used once would keep its response (and fingerprint) forever.
 */
@ApplicationScoped
class IdempotencyPurge {

    static final int BATCH_SIZE = 1_000;
    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);

    @Inject
    IdempotencyStore store;

    @Scheduled(every = "${mentor.idempotency.purge-interval}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        try {
            purge();
        } catch (RuntimeException e) {
            LOG.warnf("idempotency purge failed (%s); the next round retries", e.getClass().getSimpleName());
        }
    }

    /** Deletes every expired row, a bounded batch per transaction so no lock is held for long; returns how many. */
    int purge() {
        int total = 0;
        int deleted;
        do {
            deleted = store.purgeExpired(BATCH_SIZE);
            total += deleted;
        } while (deleted == BATCH_SIZE);
        return total;
    }
}
