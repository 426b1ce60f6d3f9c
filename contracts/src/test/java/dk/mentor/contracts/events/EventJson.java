package dk.mentor.contracts.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * JSON as the services write it: Jackson with java.time support and dates as ISO-8601 strings
 * (Quarkus's default ObjectMapper behaves the same), checked against the schemas with format
 * assertions on, because draft 2020-12 treats "format" as an annotation unless asked.
 */
public final class EventJson {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig ASSERT_FORMATS =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private EventJson() {
    }

    public static JsonNode toJson(Object payload) {
        return MAPPER.valueToTree(payload);
    }

    public static JsonNode schemaJson(EventDefinition definition) {
        try (InputStream in = open(definition)) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Set<ValidationMessage> validate(EventDefinition definition, JsonNode json) {
        JsonSchema schema = SCHEMAS.getSchema(schemaJson(definition), ASSERT_FORMATS);
        return schema.validate(json);
    }

    static InputStream open(EventDefinition definition) {
        return EventJson.class.getClassLoader().getResourceAsStream(definition.schemaResource());
    }
}
