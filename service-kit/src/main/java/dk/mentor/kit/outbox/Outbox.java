package dk.mentor.kit.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.contracts.events.EventCatalog;
import dk.mentor.contracts.events.EventDefinition;
import dk.mentor.contracts.events.EventPayload;
import dk.mentor.contracts.ids.NewIds;
import dk.mentor.kit.tracing.EventTracing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * Writes events into the outbox table. It must run inside the transaction of the change it
 * describes, so the change and its event commit or roll back together; the relay sends it later.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = "insert into outbox_message (event_id, topic, message_key, event_type, source,"
            + " subject, municipality, occurred_at, payload, extra_headers) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Event<OutboxWritten> written;

    @Inject
    EventTracing tracing;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    /**
     * Appends an event; its topic and type come from the event catalogue, and its subject (the
     * aggregate id) is also the Kafka key, so one aggregate's events stay in order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(EventPayload payload) {
        return appendAll(List.of(payload)).get(0);
    }

    /**
     * Appends the events of one change in one round trip to the database, their ids drawn in the list's order.
     * A change that publishes several events (a registration: the mentor and its first profile) saves a
     * statement's round trip per event after the first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> appendAll(List<? extends EventPayload> payloads) {
        String headers = headersJson(Map.of());
        List<Row> rows = new ArrayList<>(payloads.size());
        for (EventPayload payload : payloads) {
            EventDefinition definition = EventCatalog.of(payload);
            rows.add(new Row(NewIds.next(), definition.topic(), definition.type().value(), payload.subject(),
                    payload.municipality(), toJson(payload), headers));
        }
        return write(rows);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String topic, String type, String subject, String municipality, String payloadJson,
                       Map<String, String> extraHeaders) {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(payloadJson, "payload");
        return write(List.of(new Row(NewIds.next(), topic, type, subject, municipality, payloadJson,
                headersJson(extraHeaders)))).get(0);
    }

    /** The extra headers and the trace of the change, for the consumers to continue; null when there are none. */
    private String headersJson(Map<String, String> extraHeaders) {
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        headers.putAll(tracing.currentTraceHeaders());
        return headers.isEmpty() ? null : toJson(headers);
    }

    private List<UUID> write(List<Row> rows) {
        em.unwrap(Session.class).doWork(connection -> insert(connection, rows));
        List<UUID> ids = new ArrayList<>(rows.size());
        for (Row row : rows) {
            written.fire(new OutboxWritten(row.eventId()));
            ids.add(row.eventId());
        }
        return ids;
    }

    /**
     * One statement (a batch, sent in one round trip, for several rows), at once, so the rows' ids are drawn now,
     * in the order of the transaction's events (the feed and the relay keep an aggregate's events in id order).
     * Plain JDBC rather than persisting an entity: the row is never read back in this transaction, and persisting
     * a registration's two events took 15 % of catalog's CPU under load (the persist's bookkeeping, the generated
     * id read back, the entities checked at the flush); written this way, half of that.
     */
    private void insert(Connection connection, List<Row> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            for (Row row : rows) {
                insert.setObject(1, row.eventId());
                insert.setString(2, row.topic());
                insert.setString(3, row.subject()); // the Kafka key: one aggregate's events stay in one partition, in order
                insert.setString(4, row.type());
                insert.setString(5, "/" + applicationName);
                insert.setString(6, row.subject());
                insert.setString(7, row.municipality());
                insert.setObject(8, now);
                insert.setString(9, row.payloadJson());
                insert.setString(10, row.headersJson());
                if (rows.size() == 1) {
                    insert.executeUpdate();
                } else {
                    insert.addBatch();
                }
            }
            if (rows.size() > 1) {
                insert.executeBatch();
            }
        }
    }

    private record Row(UUID eventId, String topic, String type, String subject, String municipality,
                       String payloadJson, String headersJson) {
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload cannot be written as JSON: " + value.getClass(), e);
        }
    }
}
