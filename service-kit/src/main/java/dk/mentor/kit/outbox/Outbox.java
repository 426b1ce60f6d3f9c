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
import java.util.LinkedHashMap;
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
        EventDefinition definition = EventCatalog.of(payload);
        return append(definition.topic(), definition.type().value(), payload.subject(), payload.municipality(),
                toJson(payload), Map.of());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String topic, String type, String subject, String municipality, String payloadJson,
                       Map<String, String> extraHeaders) {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(payloadJson, "payload");
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        headers.putAll(tracing.currentTraceHeaders()); // the trace of the change, for the consumers to continue
        String headersJson = headers.isEmpty() ? null : toJson(headers);
        UUID eventId = NewIds.next();
        em.unwrap(Session.class).doWork(connection -> insert(connection, eventId, topic, type, subject, municipality,
                payloadJson, headersJson));
        written.fire(new OutboxWritten(eventId));
        return eventId;
    }

    /**
     * One statement, at once, so the row's id is drawn now, in the order of the transaction's events (the feed
     * and the relay keep an aggregate's events in id order). Plain JDBC rather than persisting an entity: the row
     * is never read back in this transaction, and persisting a registration's two events took 15 % of catalog's
     * CPU under load (the persist's bookkeeping, the generated id read back, the entities checked at the flush);
     * written this way, half of that.
     */
    private void insert(Connection connection, UUID eventId, String topic, String type, String subject,
                        String municipality, String payloadJson, String headersJson) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, eventId);
            insert.setString(2, topic);
            insert.setString(3, subject); // the Kafka key: one aggregate's events stay in one partition, in order
            insert.setString(4, type);
            insert.setString(5, "/" + applicationName);
            insert.setString(6, subject);
            insert.setString(7, municipality);
            insert.setObject(8, OffsetDateTime.now(ZoneOffset.UTC));
            insert.setString(9, payloadJson);
            insert.setString(10, headersJson);
            insert.executeUpdate();
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload cannot be written as JSON: " + value.getClass(), e);
        }
    }
}
