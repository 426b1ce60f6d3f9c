package dk.mentor.contracts.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PayloadSchemaTest {

    static Stream<EventDefinition> events() {
        return EventCatalog.all().stream();
    }

    @ParameterizedTest
    @MethodSource("events")
    void shouldSerialiseSampleToValidJson(EventDefinition definition) {
        JsonNode json = EventJson.toJson(SamplePayloads.byClass().get(definition.payloadClass()));

        assertEquals(Set.of(), EventJson.validate(definition, json));
    }

    @ParameterizedTest
    @MethodSource("events")
    void shouldBeAValidDraft202012Schema(EventDefinition definition) {
        var metaSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertEquals(Set.of(), metaSchema.validate(EventJson.schemaJson(definition)));
    }

    @ParameterizedTest
    @MethodSource("events")
    void shouldDescribeExactlyTheRecordComponentsAllRequiredAndNothingElse(EventDefinition definition) {
        JsonNode schema = EventJson.schemaJson(definition);
        Set<String> components = Arrays.stream(definition.payloadClass().getRecordComponents())
                .map(component -> component.getName())
                .collect(Collectors.toCollection(LinkedHashSet::new));

        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
        assertEquals("https://mentor.example/schemas/" + definition.type().value() + ".json", schema.path("$id").asText());
        assertEquals(definition.schemaId(), schema.path("$id").asText());
        assertTrue(schema.path("additionalProperties").asBoolean(false), "a consumer must accept an added optional field");
        assertEquals(components, fieldNames(schema.path("properties")));
        assertEquals(components, texts(schema.path("required")));
        assertFalse(schema.path("description").asText().isBlank());
        schema.path("properties").properties().forEach(property -> assertFalse(
                property.getValue().path("description").asText().isBlank(), property.getKey() + " has no description"));
    }

    private static Set<String> fieldNames(JsonNode object) {
        return object.properties().stream().map(entry -> entry.getKey())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
