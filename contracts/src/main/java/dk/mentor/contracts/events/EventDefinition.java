package dk.mentor.contracts.events;

import java.util.Objects;

/**
 * What producers and consumers need to know about one kind of event.
 *
 * @param type         the ce_type
 * @param topic        the topic it is published on
 * @param payloadClass the record to serialise or deserialise the body with
 */
public record EventDefinition(EventType type, String topic, Class<? extends EventPayload> payloadClass) {

    private static final String SCHEMA_BASE = "https://mentor.example/schemas/";

    public EventDefinition {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payloadClass, "payloadClass");
    }

    /**
     * Classpath location of the payload's JSON Schema (draft 2020-12), e.g.
     * "schemas/dk.mentor.catalog.MentorRegistered.v1.json"; load it with a class loader.
     */
    public String schemaResource() {
        return "schemas/" + type.value() + ".json";
    }

    /**
     * The schema's {@code $id}, which names it in the CloudEvents {@code dataschema} attribute
     * ({@link CloudEventHeaders#DATA_SCHEMA}) and in the AsyncAPI document.
     */
    public String schemaId() {
        return SCHEMA_BASE + type.value() + ".json";
    }
}
