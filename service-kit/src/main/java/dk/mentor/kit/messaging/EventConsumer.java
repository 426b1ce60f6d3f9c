package dk.mentor.kit.messaging;

import dk.mentor.kit.inbox.Inbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs an event handler idempotently: the event id goes into the inbox in the same transaction
 * as the effect, so a redelivered event changes nothing. A handler that keeps failing is retried a
 * few times and then parked as a dead letter with its error, so one bad event does not block the
 * partition. If even the dead letter cannot be written (the database is down), the exception
 * propagates, the record is not acknowledged, and it is read again after recovery: nothing is lost.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    @Inject
    Inbox inbox;

    @Inject
    DeadLetters deadLetters;

    @ConfigProperty(name = "mentor.consumer.max-attempts", defaultValue = "3")
    int maxAttempts;

    @ConfigProperty(name = "mentor.consumer.retry-backoff-ms", defaultValue = "200")
    long backoffMillis;

    public void consume(String consumer, ConsumerRecord<String, String> record, EventHandler handler) {
        IncomingEvent event = IncomingEvent.from(record);
        if (event.id() == null || event.type() == null) {
            deadLetters.park(consumer, event, 0, new IllegalArgumentException("record has no ce_id or ce_type header"));
            return;
        }
        Exception last = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> applyOnce(consumer, event, handler));
                return;
            } catch (RuntimeException e) {
                last = e;
                LOG.warnf("consumer %s: event %s (%s) failed on attempt %d of %d: %s", consumer, event.id(),
                        event.type(), attempt, maxAttempts, rootMessage(e));
                if (attempt < maxAttempts) {
                    pause(attempt);
                }
            }
        }
        deadLetters.park(consumer, event, maxAttempts, last);
    }

    private void applyOnce(String consumer, IncomingEvent event, EventHandler handler) {
        if (!inbox.firstDelivery(consumer, event.id())) {
            LOG.debugf("consumer %s: event %s already applied, skipped", consumer, event.id());
            return;
        }
        try {
            handler.apply(event);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new EventHandlingException(e);
        }
    }

    private void pause(int attempt) {
        try {
            Thread.sleep(backoffMillis * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** Wraps a checked exception from a handler so the transaction rolls back. */
    static final class EventHandlingException extends RuntimeException {
        EventHandlingException(Exception cause) {
            super(cause);
        }
    }
}
