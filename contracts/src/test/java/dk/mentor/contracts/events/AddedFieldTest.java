package dk.mentor.contracts.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A producer may add an optional field to a payload within a version; a consumer built against the
 * older schema must not break on it. The kit's consumer reads with Quarkus's ObjectMapper, which
 * ignores unknown properties like the reader here (the kit's AddedFieldConsumerTest proves that one).
 */
class AddedFieldTest {

    static final String ADDED = "addedInALaterRelease";
    private static final ObjectMapper TOLERANT_READER = EventJson.MAPPER.copy()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Keeps 150.00 as written, so the record read back equals the sample (BigDecimal equality counts the scale). */
    private static final ObjectMapper EXACT_TREE = EventJson.MAPPER.copy()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    static Stream<EventDefinition> events() {
        return EventCatalog.all().stream();
    }

    @ParameterizedTest
    @MethodSource("events")
    void shouldValidateAPayloadWithAnAddedFieldInEveryObject(EventDefinition definition) {
        JsonNode json = withAddedFields(EventJson.toJson(SamplePayloads.byClass().get(definition.payloadClass())),
                EventJson.schemaJson(definition));

        assertEquals(Set.of(), EventJson.validate(definition, json));
    }

    @ParameterizedTest
    @MethodSource("events")
    void shouldReadAPayloadWithAnAddedFieldAsTheSameRecord(EventDefinition definition) throws Exception {
        EventPayload sample = SamplePayloads.byClass().get(definition.payloadClass());
        JsonNode json = withAddedFields(EXACT_TREE.readTree(EventJson.MAPPER.writeValueAsString(sample)),
                EventJson.schemaJson(definition));

        assertEquals(sample, TOLERANT_READER.readValue(EXACT_TREE.writeValueAsString(json), definition.payloadClass()));
    }

    /**
     * Adds a field to the payload and to every record nested in it (an object whose schema lists its
     * properties, such as a meeting window); a map keyed by data, such as progression dimensions, gets
     * none, since a new key there is data, not a new field.
     */
    static JsonNode withAddedFields(JsonNode node, JsonNode schema) {
        if (node instanceof ObjectNode object && schema.has("properties")) {
            object.properties().forEach(entry -> withAddedFields(entry.getValue(), schema.path("properties").path(entry.getKey())));
            object.put(ADDED, "a new optional fact");
        } else if (node.isArray()) {
            node.forEach(item -> withAddedFields(item, schema.path("items")));
        }
        return node;
    }
}
