package dk.mentor.contracts.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * docs/asyncapi.yaml is generated from the contracts; this test fails when it drifts from them.
 * Run it with {@code -Dasyncapi.write=true} to write the document anew, then review the diff.
 */
class AsyncApiTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Path DOCUMENT = REPOSITORY.resolve("docs/asyncapi.yaml");
    private static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE));

    @Test
    void shouldKeepTheDocumentInStepWithTheContracts() throws IOException {
        String generated = YAML.writeValueAsString(AsyncApiDocument.build(REPOSITORY));
        if (Boolean.getBoolean("asyncapi.write")) {
            Files.writeString(DOCUMENT, generated, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(DOCUMENT), DOCUMENT + " is missing; run the test with -Dasyncapi.write=true");
        assertEquals(generated, Files.readString(DOCUMENT, StandardCharsets.UTF_8),
                "docs/asyncapi.yaml drifted from the contracts; run AsyncApiTest with -Dasyncapi.write=true and review");
    }

    @Test
    void shouldHaveTheAsyncApi30Structure() throws IOException {
        JsonNode document = YAML.readTree(DOCUMENT.toFile());

        assertEquals("3.0.0", document.path("asyncapi").asText());
        assertFalse(document.path("info").path("title").asText().isBlank());
        assertFalse(document.path("info").path("version").asText().isBlank());
        assertTrue(document.path("channels").isObject() && !document.path("channels").isEmpty());
        assertTrue(document.path("operations").isObject() && !document.path("operations").isEmpty());
        assertTrue(document.path("components").path("messages").isObject());
        for (String ref : refs(document)) {
            assertFalse(resolve(document, ref).isMissingNode(), "unresolved $ref " + ref);
        }
        document.path("operations").properties().forEach(operation -> assertTrue(
                Set.of("send", "receive").contains(operation.getValue().path("action").asText()), operation.getKey()));
        Set<String> ids = new HashSet<>();
        document.path("channels").fieldNames().forEachRemaining(ids::add);
        document.path("operations").fieldNames().forEachRemaining(ids::add);
        document.path("components").path("messages").fieldNames().forEachRemaining(ids::add);
        ids.forEach(id -> assertTrue(id.matches("[A-Za-z0-9_\\-]+"), "AsyncAPI key " + id));
    }

    @Test
    void shouldDescribeEveryTopicEventHeaderAndPayloadAndWhoSendsIt() throws Exception {
        JsonNode document = YAML.readTree(DOCUMENT.toFile());
        Set<String> addresses = new HashSet<>();
        document.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));

        assertEquals(topicConstants(), addresses);
        for (EventDefinition definition : EventCatalog.all()) {
            JsonNode message = document.path("components").path("messages").path(AsyncApiDocument.messageId(definition));
            assertEquals(EventJson.schemaJson(definition), message.path("payload").path("schema"), definition.type().value());
            Set<String> headers = new HashSet<>();
            message.path("headers").path("properties").fieldNames().forEachRemaining(headers::add);
            assertEquals(Set.of(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.ID, CloudEventHeaders.TYPE,
                    CloudEventHeaders.SOURCE, CloudEventHeaders.SUBJECT, CloudEventHeaders.TIME,
                    CloudEventHeaders.MUNICIPALITY, CloudEventHeaders.DATA_SCHEMA, CloudEventHeaders.CONTENT_TYPE), headers);
            assertEquals(definition.schemaId(),
                    message.path("headers").path("properties").path(CloudEventHeaders.DATA_SCHEMA).path("const").asText());
            String sends = AsyncApiDocument.serviceOf(definition) + "-sends-" + AsyncApiDocument.channelId(definition.topic());
            assertEquals("send", document.path("operations").path(sends).path("action").asText(), sends);
        }
        // refusion-service receives the plan events it prices: one receiver known from its configuration
        assertEquals("receive", document.path("operations")
                .path("refusion-service-receives-" + AsyncApiDocument.channelId(Topics.FOLLOWUP_PLAN)).path("action").asText());
    }

    private static Set<String> topicConstants() throws IllegalAccessException {
        Set<String> topics = new HashSet<>();
        for (Field field : Topics.class.getDeclaredFields()) {
            if (Modifier.isPublic(field.getModifiers()) && field.getType() == String.class) {
                topics.add((String) field.get(null));
            }
        }
        return topics;
    }

    private static List<String> refs(JsonNode node) {
        List<String> refs = new ArrayList<>();
        if (node.isObject()) {
            node.properties().forEach(entry -> {
                if (entry.getKey().equals("$ref") && entry.getValue().asText().startsWith("#/")) {
                    refs.add(entry.getValue().asText());
                } else {
                    refs.addAll(refs(entry.getValue()));
                }
            });
        } else if (node.isArray()) {
            node.forEach(item -> refs.addAll(refs(item)));
        }
        return refs;
    }

    private static JsonNode resolve(JsonNode document, String ref) {
        return document.at(ref.substring(1));
    }
}
