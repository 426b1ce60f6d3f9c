package dk.mentor.matching.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import dk.mentor.contracts.events.EventCatalog;
import dk.mentor.contracts.events.EventDefinition;
import java.io.InputStream;
import java.util.Set;

/** Checks a published event body against its JSON Schema from the contracts, formats asserted. */
final class EventSchemas {

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private EventSchemas() {
    }

    static void assertValid(String ceType, JsonNode body) {
        EventDefinition definition = EventCatalog.find(ceType).orElseThrow();
        try (InputStream in = EventCatalog.class.getClassLoader().getResourceAsStream(definition.schemaResource())) {
            var schema = SCHEMAS.getSchema(Catalogue.JSON.readTree(in),
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
            assertEquals(Set.of(), schema.validate(body), ceType + " body breaks its schema");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
