package dk.mentor.kit.outbox;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.contracts.events.CloudEventHeaders;
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
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.ProducerRecord;
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
     * keeps each aggregate's events in order. Returns the number of rows sent.
     */
    public int publishBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext('outbox-relay'))")
                    .getSingleResult();
            if (!locked) {
                return 0;
            }
            @SuppressWarnings("unchecked")
            List<OutboxMessage> batch = em.createNativeQuery(
                            "select * from outbox_message where sent_at is null order by id limit " + BATCH_SIZE,
                            OutboxMessage.class)
                    .getResultList();
            if (batch.isEmpty()) {
                return 0;
            }
            int sent = send(batch);
            markSent(batch.subList(0, sent));
            return sent;
        });
    }

    /** Sends in order and returns how many of the first rows were acknowledged; stops at the first failure. */
    private int send(List<OutboxMessage> batch) {
        List<Future<?>> acks = new ArrayList<>(batch.size());
        try {
            for (OutboxMessage message : batch) {
                acks.add(producer.get().send(toRecord(message)));
            }
        } catch (RuntimeException e) {
            LOG.warnf("outbox: broker not accepting records (%s); %d rows wait for the next round",
                    e.getClass().getSimpleName(), batch.size());
            producer.reset();
        }
        int acknowledged = 0;
        for (Future<?> ack : acks) {
            try {
                ack.get();
                acknowledged++;
            } catch (Exception e) {
                LOG.warnf("outbox: send not acknowledged (%s); remaining rows wait for the next round",
                        e.getClass().getSimpleName());
                producer.reset();
                break;
            }
        }
        return acknowledged;
    }

    private void markSent(List<OutboxMessage> sent) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        sent.forEach(message -> message.sentAt = now);
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
