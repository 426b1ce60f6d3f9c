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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.Logger;

/** Sends one batch of unsent outbox rows and marks those the broker acknowledged. */
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
     * <p>The transaction commits without waiting for its WAL to reach the disk: it only marks rows
     * sent, and a mark lost in a crash of the database means the row is sent again, which the
     * consumers' inbox skips; so the relay's one thread does not wait for the disk every round.
     */
    public int publishBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            boolean locked = (Boolean) em.createNativeQuery("""
                            select pg_try_advisory_xact_lock(hashtext(current_schema() || '/outbox-relay'))
                            from (select set_config('synchronous_commit', 'off', true)) local_setting""")
                    .getSingleResult();
            if (!locked) {
                return 0;
            }
            @SuppressWarnings("unchecked")
            List<OutboxMessage> batch = NativeQueries.entities(em,
                            "select * from outbox_message where sent_at is null order by id limit " + BATCH_SIZE,
                            OutboxMessage.class)
                    .getResultList();
            if (batch.isEmpty()) {
                return 0;
            }
            return send(batch);
        });
    }

    /**
     * Sends in order and marks each row the broker acknowledged. Every record handed to the producer
     * is waited for, even after a failure: one still queued when the producer is reset would reach the
     * topic while its row stays unsent, and be sent twice. Within a partition an idempotent producer
     * fails every batch after a failed one, so marking by acknowledgement keeps each key in order.
     * Returns the number of rows marked sent.
     */
    private int send(List<OutboxMessage> batch) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        Exception failure = null;
        for (OutboxMessage message : batch) {
            try {
                Future<RecordMetadata> ack = producer.get().send(toRecord(message));
                acks.add(ack);
                if (ack.isDone() && failureOf(ack) != null) {
                    break; // an unreachable broker shows as an already failed future, not as an exception
                }
            } catch (RuntimeException e) {
                failure = e;
                break;
            }
        }
        if (!acks.isEmpty()) {
            // The batch is queued; send it now rather than after linger.ms, which only batches separate sends.
            producer.get().flush();
        }
        List<Long> acknowledged = new ArrayList<>(acks.size());
        for (int i = 0; i < acks.size(); i++) {
            Exception error = failureOf(acks.get(i));
            if (error == null) {
                acknowledged.add(batch.get(i).id);
            } else {
                failure = failure == null ? error : failure;
                recordFailure(batch.get(i), error);
            }
        }
        markSent(acknowledged);
        int sent = acknowledged.size();
        if (failure != null) {
            LOG.warnf("outbox: %d of %d rows sent; the rest wait for the next round (%s)", sent, batch.size(),
                    describe(failure));
            producer.reset();
        }
        return sent;
    }

    /** One statement for the whole batch, rather than an update per row at the flush. */
    private void markSent(List<Long> ids) {
        if (!ids.isEmpty()) {
            em.createNativeQuery("update outbox_message set sent_at = :now where id in (:ids)")
                    .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                    .setParameter("ids", ids)
                    .executeUpdate();
        }
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

    private static void recordFailure(OutboxMessage message, Exception error) {
        message.attempts++;
        message.lastError = describe(error);
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
