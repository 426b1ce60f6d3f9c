package dk.mentor.kit.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import dk.mentor.kit.feed.FeedSequencer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Drains the outbox on one thread of its own. A commit that wrote events kicks it at once; a
 * periodic poll is the safety net that picks up whatever a dead broker or a restart left behind.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    OutboxPublisher publisher;

    @Inject
    FeedSequencer sequencer;

    /** How long a shutdown waits for the round in progress; what it leaves unsent the next start sends. */
    @ConfigProperty(name = "mentor.outbox.shutdown-wait", defaultValue = "10s")
    Duration shutdownWait;

    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicBoolean failing = new AtomicBoolean();
    private ExecutorService executor;

    void start(@Observes StartupEvent event) {
        executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        kick();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        stopped.set(true);
        if (executor != null) {
            executor.shutdown();
            executor.awaitTermination(shutdownWait.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        kick();
    }

    @Scheduled(every = "${mentor.outbox.poll-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        kick();
    }

    /** Asks for a drain; many kicks while a drain runs collapse into one more round. */
    public void kick() {
        pending.set(true);
        if (executor != null && !stopped.get() && draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        try {
            while (pending.getAndSet(false) && !stopped.get()) {
                sequencer.sequence(); // the feed shows a commit at once, whether or not the send below succeeds
                while (publisher.publishBatch() == OutboxPublisher.BATCH_SIZE && !stopped.get()) {
                    pending.set(true);
                }
            }
            if (failing.compareAndSet(true, false)) {
                LOG.info("outbox relay recovered; unsent events are being sent");
            }
        } catch (RuntimeException e) {
            // once per outage, not once per poll: a database down for a minute would otherwise warn 60 times
            if (failing.compareAndSet(false, true)) {
                LOG.warnf("outbox relay round failed (%s: %s); every poll retries, and the recovery is logged",
                        e.getClass().getSimpleName(), e.getMessage());
            } else {
                LOG.debugf("outbox relay round failed again (%s)", e.getClass().getSimpleName());
            }
        } finally {
            draining.set(false);
        }
        if (pending.get() && !stopped.get()) {
            kick(); // a kick that arrived while this round was finishing
        }
    }
}
