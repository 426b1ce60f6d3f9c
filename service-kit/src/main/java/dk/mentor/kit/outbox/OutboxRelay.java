package dk.mentor.kit.outbox;

import dk.mentor.kit.rounds.KickedRounds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Drains the outbox on one thread of its own. It sends rows in feed order, so the {@code FeedSequencer}
 * kicks it as soon as a pass has positioned rows; a round every {@code mentor.outbox.poll-interval} is
 * the safety net that picks up whatever a dead broker or a restart left behind.
 */
@ApplicationScoped
public class OutboxRelay extends KickedRounds {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    OutboxPublisher publisher;

    private final AtomicBoolean failing = new AtomicBoolean();

    @Override
    protected String threadName() {
        return "outbox-relay";
    }

    @Override
    protected String intervalKey() {
        return "mentor.outbox.poll-interval";
    }

    /** Sends one batch; a full batch means more may wait. */
    @Override
    protected boolean round() {
        try {
            boolean full = publisher.publishBatch() == OutboxPublisher.BATCH_SIZE;
            if (failing.compareAndSet(true, false)) {
                LOG.info("outbox relay recovered; unsent events are being sent");
            }
            return full;
        } catch (RuntimeException e) {
            // once per outage, not once per poll: a database down for a minute would otherwise warn 60 times
            if (failing.compareAndSet(false, true)) {
                LOG.warnf("outbox relay round failed (%s: %s); every poll retries, and the recovery is logged",
                        e.getClass().getSimpleName(), e.getMessage());
            } else {
                LOG.debugf("outbox relay round failed again (%s)", e.getClass().getSimpleName());
            }
            return false;
        }
    }
}
