package dk.mentor.kit.messaging;

import dk.mentor.kit.inbox.Inbox;
import dk.mentor.kit.problem.DatabaseOutage;
import dk.mentor.kit.tracing.EventTracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs an event handler idempotently: the event id goes into the inbox in the same transaction
 * as the effect, so a redelivered event changes nothing. A handler that keeps failing is retried a
 * few times and then parked as a dead letter with its error, so one bad event does not block the
 * partition. While the database cannot be reached, the event is held and retried until it can, without
 * using up attempts. If even the dead letter cannot be written, the exception propagates, the record
 * is not acknowledged, and it is read again after recovery: nothing is lost.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    @Inject
    Inbox inbox;

    @Inject
    DeadLetters deadLetters;

    @Inject
    EventTracing tracing;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "mentor.consumer.max-attempts", defaultValue = "3")
    int maxAttempts;

    @ConfigProperty(name = "mentor.consumer.retry-backoff-ms", defaultValue = "200")
    long backoffMillis;

    @ConfigProperty(name = "mentor.consumer.database-retry-ms", defaultValue = "1000")
    long databaseRetryMillis;

    /** Shared by every channel of the service, so an outage is reported once, not once per consumer. */
    private final AtomicBoolean databaseDown = new AtomicBoolean();

    public void consume(EventChannel channel, ConsumerRecord<String, String> record) {
        consume(channel.consumerName(), record, channel.handler());
    }

    public void consume(String consumer, ConsumerRecord<String, String> record, EventHandler handler) {
        IncomingEvent event = IncomingEvent.from(record);
        Span span = tracing.consumerSpan(consumer, event);
        try (Scope scope = span.makeCurrent()) {
            consume(consumer, event, handler, span);
        } finally {
            span.end();
        }
    }

    /**
     * Applies the records of one poll in one transaction, in their order, each once (the inbox): a commit per
     * poll instead of per event is what lets a consumer keep pace with a busy producer, since the commit's wait
     * for the disk, not the handler, is most of an event's cost. A batch that fails for any reason but a
     * database outage is rolled back whole and its records are applied one by one as {@link #consume} does, so
     * a bad event is retried and parked alone while the others are applied.
     */
    public void consumeAll(String consumer, Iterable<ConsumerRecord<String, String>> polled, EventHandler handler) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        polled.forEach(records::add);
        if (records.size() <= 1) {
            records.forEach(record -> consume(consumer, record, handler));
            return;
        }
        List<IncomingEvent> events = records.stream().map(IncomingEvent::from).toList();
        List<Span> spans = new ArrayList<>(events.size());
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(() -> applyBatch(consumer, events, handler, spans));
                spans.forEach(Span::end);
                databaseReachable(consumer);
                return;
            } catch (RuntimeException e) {
                spans.forEach(span -> {
                    span.setStatus(StatusCode.ERROR, "batch rolled back");
                    span.end();
                });
                spans.clear();
                if (DatabaseOutage.isCause(e)) {
                    awaitDatabase(consumer, e);
                    continue;
                }
                LOG.infof("consumer %s: a batch of %d events was rolled back (%s); applying them one by one", consumer,
                        events.size(), rootMessage(e));
                records.forEach(record -> consume(consumer, record, handler));
                return;
            }
        }
    }

    private void consume(String consumer, IncomingEvent event, EventHandler handler, Span span) {
        if (!complete(event)) {
            deadLetters.park(consumer, event, 0, new IllegalArgumentException("record has no ce_id or ce_type header"));
            span.setStatus(StatusCode.ERROR, "parked as a dead letter");
            return;
        }
        int attempt = 0;
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(() -> applyOnce(consumer, event, handler));
                databaseReachable(consumer);
                return;
            } catch (RuntimeException e) {
                if (DatabaseOutage.isCause(e)) {
                    awaitDatabase(consumer, e); // not the event's fault: it must not use up attempts or be parked
                    continue;
                }
                attempt++;
                LOG.warnf("consumer %s: event %s (%s) failed on attempt %d of %d: %s", consumer, event.id(),
                        event.type(), attempt, maxAttempts, rootMessage(e));
                if (attempt >= maxAttempts) {
                    deadLetters.park(consumer, event, maxAttempts, e);
                    span.setStatus(StatusCode.ERROR, "parked as a dead letter");
                    return;
                }
                pause(backoffMillis * attempt);
            }
        }
    }

    private static boolean complete(IncomingEvent event) {
        return event.id() != null && event.type() != null;
    }

    private void databaseReachable(String consumer) {
        if (databaseDown.compareAndSet(true, false)) {
            LOG.infof("consumer %s: the database is reachable again; consuming resumed", consumer);
        }
    }

    /**
     * Holds the record (so its offset is not committed) until the database answers again, warning once
     * per outage rather than once per try. An interrupt (shutdown) gives up: the record is read again
     * after the restart.
     */
    private void awaitDatabase(String consumer, RuntimeException failure) {
        if (databaseDown.compareAndSet(false, true)) {
            LOG.warnf("consumer %s: the database cannot be reached (%s); holding the event and retrying every %d ms",
                    consumer, rootMessage(failure), databaseRetryMillis);
        }
        pause(databaseRetryMillis);
        if (Thread.currentThread().isInterrupted()) {
            throw failure;
        }
    }

    /**
     * The batch's part inside its transaction: one inbox statement claims every event id of the poll, then
     * each claimed event is applied in order, and the persistence context is flushed and emptied after each.
     * Without that, every query of a later event would first check each entity the earlier events loaded,
     * and a poll of a hundred events would cost far more than a hundred polls of one. An event that a later one
     * of the poll covers ({@link EventRoutes#skipWhenFollowedBy}) is claimed but not applied.
     */
    private void applyBatch(String consumer, List<IncomingEvent> events, EventHandler handler, List<Span> spans) {
        Set<String> claimed = inbox.firstDeliveries(consumer,
                events.stream().filter(EventConsumer::complete).map(IncomingEvent::id).toList());
        boolean[] followed = followedBySuccessor(events, handler);
        for (int i = 0; i < events.size(); i++) {
            IncomingEvent event = events.get(i);
            Span span = tracing.consumerSpan(consumer, event);
            spans.add(span);
            if (!complete(event)) {
                throw new IllegalArgumentException("record has no ce_id or ce_type header"); // parked one by one
            }
            if (!claimed.remove(event.id())) {
                LOG.debugf("consumer %s: event %s already applied, skipped", consumer, event.id());
                continue;
            }
            if (followed[i]) {
                LOG.debugf("consumer %s: event %s (%s) is covered by a later event of %s in this poll, skipped", consumer,
                        event.id(), event.type(), event.subject());
                continue;
            }
            try (Scope scope = span.makeCurrent()) {
                apply(event, handler);
            }
            em.flush();
            em.clear();
        }
    }

    /**
     * For each event of a poll, whether a later one about the same subject covers it
     * ({@link EventHandler#coveredBy}); read from the end, so each event is held against those that follow it.
     */
    private static boolean[] followedBySuccessor(List<IncomingEvent> events, EventHandler handler) {
        boolean[] followed = new boolean[events.size()];
        Map<String, List<IncomingEvent>> later = new HashMap<>();
        for (int i = events.size() - 1; i >= 0; i--) {
            IncomingEvent event = events.get(i);
            if (event.subject() == null || event.type() == null) {
                continue;
            }
            List<IncomingEvent> followers = later.computeIfAbsent(event.subject(), subject -> new ArrayList<>());
            followed[i] = followers.stream().anyMatch(follower -> handler.coveredBy(event, follower));
            followers.add(event);
        }
        return followed;
    }

    /** Applies the event unless the inbox has it already; says whether it did. Runs in the caller's transaction. */
    boolean applyOnce(String consumer, IncomingEvent event, EventHandler handler) {
        if (!complete(event)) {
            // parked by consume when its batch falls back to one record at a time
            throw new IllegalArgumentException("record has no ce_id or ce_type header");
        }
        if (!inbox.firstDelivery(consumer, event.id())) {
            LOG.debugf("consumer %s: event %s already applied, skipped", consumer, event.id());
            return false;
        }
        apply(event, handler);
        return true;
    }

    private static void apply(IncomingEvent event, EventHandler handler) {
        try {
            handler.apply(event);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new EventHandlingException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
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
