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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes events into the outbox table. It must run inside the transaction of the change it
 * describes, so the change and its event commit or roll back together; the relay sends it later.
 */
@ApplicationScoped
public class Outbox {

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
        OutboxMessage message = new OutboxMessage();
        message.eventId = NewIds.next();
        message.topic = Objects.requireNonNull(topic, "topic");
        message.eventType = Objects.requireNonNull(type, "type");
        message.subject = Objects.requireNonNull(subject, "subject");
        message.messageKey = subject;
        message.municipality = municipality;
        message.source = "/" + applicationName;
        message.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        message.payload = payloadJson;
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        headers.putAll(tracing.currentTraceHeaders()); // the trace of the change, for the consumers to continue
        message.extraHeaders = headers.isEmpty() ? null : toJson(headers);
        em.persist(message);
        written.fire(new OutboxWritten(message.eventId));
        return message.eventId;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload cannot be written as JSON: " + value.getClass(), e);
        }
    }
}
