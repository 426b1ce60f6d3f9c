package dk.mentor.kit.outbox;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.contracts.events.CloudEventHeaders;
import dk.mentor.contracts.events.EventCatalog;
import dk.mentor.kit.persistence.NativeQueries;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.hibernate.jpa.HibernateHints;
import org.jboss.logging.Logger;

/**
 * Sends the next batch of positioned outbox rows, in feed order, and moves the relay's mark past those
 * the broker acknowledged (db/kit V0_10).
 */
@ApplicationScoped
public class OutboxPublisher {

    static final int BATCH_SIZE = 500;
    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);

    @Inject
    EntityManager em;

    @Inject
    OutboxProducer producer;

    @Inject
    ObjectMapper json;

    /**
     * Runs in a transaction of its own (never the caller's, which may already have committed).
     * A transaction-scoped advisory lock lets one relay drain at a time across instances, which
     * keeps each aggregate's events in order. Advisory locks are per database and the services
     * share one, so the key names the service's schema: each service's relay drains its own outbox
     * without waiting for the others'. Returns the number of rows sent.
     *
     * <p>Only positioned rows are sent: a position is handed out in commit order, so a mark below
     * which everything is sent never skips a row whose transaction committed late.
     *
     * <p>The transaction commits without waiting for its WAL to reach the disk: it only moves the
     * mark, and a mark lost in a crash of the database means rows are sent again, which the consumers'
     * inbox skips; so the relay's one thread does not wait for the disk every round.
     */
    public int publishBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] relay = (Object[]) em.createNativeQuery("""
                            select pg_try_advisory_xact_lock(hashtext(current_schema() || '/outbox-relay')), sent_through
                            from outbox_relay, (select set_config('synchronous_commit', 'off', true)) local_setting""")
                    .getSingleResult();
            if (!(Boolean) relay[0]) {
                return 0;
            }
            long sentThrough = ((Number) relay[1]).longValue();
            @SuppressWarnings("unchecked")
            List<OutboxMessage> batch = NativeQueries.entities(em,
                            "select * from outbox_message where feed_position > ?1 order by feed_position limit " + BATCH_SIZE,
                            OutboxMessage.class)
                    .setParameter(1, sentThrough)
                    .setHint(HibernateHints.HINT_READ_ONLY, true) // only read: no snapshots to compare at the commit
                    .getResultList();
            if (batch.isEmpty()) {
                return 0;
            }
            return send(batch, sentThrough);
        });
    }

    /**
     * Sends in order and moves the mark past the rows acknowledged before the first failure. Every
     * record handed to the producer is waited for, even after a failure: one still queued when the
     * producer is reset could otherwise reach the topic after the rows behind it. Rows after a failed
     * one are sent again next round even if the broker took them (another partition's, say); the
     * consumers' inbox skips the repeat. Returns the number of rows the mark moved past.
     */
    private int send(List<OutboxMessage> batch, long sentThrough) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        Exception thrown = null;
        for (OutboxMessage message : batch) {
            try {
                Future<RecordMetadata> ack = producer.get().send(toRecord(message));
                acks.add(ack);
                if (ack.isDone() && failureOf(ack) != null) {
                    break; // an unreachable broker shows as an already failed future, not as an exception
                }
            } catch (RuntimeException e) {
                thrown = e;
                break;
            }
        }
        if (!acks.isEmpty()) {
            // The batch is queued; send it now rather than after linger.ms, which only batches separate sends.
            producer.get().flush();
        }
        int sent = 0;
        Exception failure = null;
        for (Future<RecordMetadata> ack : acks) {
            Exception error = failureOf(ack);
            failure = failure == null ? error : failure;
            if (failure == null) {
                sent++;
            }
        }
        failure = failure == null ? thrown : failure;
        long mark = sent == 0 ? sentThrough : batch.get(sent - 1).feedPosition;
        if (failure == null) {
            advance(mark);
            return sent;
        }
        String error = describe(failure);
        recordFailure(mark, error);
        LOG.warnf("outbox: %d of %d rows sent; the rest wait for the next round (%s)", sent, batch.size(), error);
        producer.reset();
        return sent;
    }

    private void advance(long sentThrough) {
        em.createNativeQuery("update outbox_relay set sent_through = ?1, failed_rounds = 0, last_error = null")
                .setParameter(1, sentThrough)
                .executeUpdate();
    }

    /** Moves the mark past what was sent, if anything, and keeps the error for an operator to read. */
    private void recordFailure(long sentThrough, String error) {
        em.createNativeQuery("update outbox_relay set sent_through = ?1, failed_rounds = failed_rounds + 1, last_error = ?2")
                .setParameter(1, sentThrough)
                .setParameter(2, error)
                .executeUpdate();
    }

    private static Exception failureOf(Future<RecordMetadata> ack) {
        try {
            ack.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause() instanceof Exception cause ? cause : e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    private static String describe(Exception error) {
        String text = error.getClass().getSimpleName() + ": " + error.getMessage();
        return text.length() <= 500 ? text : text.substring(0, 500);
    }

    private ProducerRecord<String, String> toRecord(OutboxMessage message) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, message.eventId.toString());
        header(headers, CloudEventHeaders.TYPE, message.eventType);
        header(headers, CloudEventHeaders.SOURCE, message.source);
        header(headers, CloudEventHeaders.SUBJECT, message.subject);
        header(headers, CloudEventHeaders.TIME, message.occurredAt.toInstant().toString());
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.CONTENT_TYPE_JSON);
        EventCatalog.find(message.eventType)
                .ifPresent(definition -> header(headers, CloudEventHeaders.DATA_SCHEMA, definition.schemaId()));
        if (message.municipality != null) {
            header(headers, CloudEventHeaders.MUNICIPALITY, message.municipality);
        }
        extraHeaders(message).forEach((name, value) -> header(headers, name, value));
        return new ProducerRecord<>(message.topic, null, message.messageKey, message.payload, headers);
    }

    private Map<String, String> extraHeaders(OutboxMessage message) {
        if (message.extraHeaders == null) {
            return Map.of();
        }
        try {
            return json.readValue(message.extraHeaders, new TypeReference<>() { });
        } catch (Exception e) {
            throw new IllegalStateException("outbox row " + message.id + " has unreadable extra headers", e);
        }
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
