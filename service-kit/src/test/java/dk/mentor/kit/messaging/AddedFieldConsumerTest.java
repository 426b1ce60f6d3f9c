package dk.mentor.kit.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.mentor.contracts.events.EventCatalog;
import dk.mentor.contracts.events.EventDefinition;
import dk.mentor.contracts.events.EventPayload;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A producer may add an optional field within a version (the contracts' schemas allow it); the
 * consumers read payloads with the application's ObjectMapper through EventRoutes, and must not break.
 */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class AddedFieldConsumerTest {

    @Inject
    ObjectMapper json;

    @Test
    void shouldIgnoreUnknownProperties() {
        assertFalse(json.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    }

    @Test
    void shouldRouteEveryPayloadWithAnAddedFieldToItsHandler() throws Exception {
        List<EventDefinition> routed = new ArrayList<>();
        for (EventDefinition definition : EventCatalog.all()) {
            JsonNode schema = schema(definition);
            if (!everyPropertyHasAnExample(schema)) {
                continue;
            }
            ObjectNode payload = json.createObjectNode();
            schema.path("properties").properties().forEach(p -> payload.set(p.getKey(), p.getValue().path("examples").get(0)));
            payload.put("addedInALaterRelease", "a new optional fact");

            EventPayload read = route(definition, payload.toString());

            assertEquals(definition.payloadClass(), read.getClass());
            assertEquals(payload.without("addedInALaterRelease"), json.readTree(json.writeValueAsString(read)),
                    definition.type().value());
            routed.add(definition);
        }
        assertTrue(routed.size() >= 4, "the schemas' examples make a payload for several events: " + routed);
    }

    private <T extends EventPayload> EventPayload route(EventDefinition definition, String payload) throws Exception {
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) definition.payloadClass();
        AtomicReference<EventPayload> handled = new AtomicReference<>();
        EventRoutes routes = EventRoutes.with(json).on(type, (read, event) -> handled.set(read));
        routes.apply(new IncomingEvent("id", definition.type().value(), "/test", "subject", "0751",
                definition.topic(), 0, 0L, "subject", payload, Map.of()));
        return handled.get();
    }

    private static boolean everyPropertyHasAnExample(JsonNode schema) {
        return schema.path("properties").properties().stream().allMatch(p -> p.getValue().has("examples"));
    }

    private JsonNode schema(EventDefinition definition) throws Exception {
        try (InputStream in = EventCatalog.class.getClassLoader().getResourceAsStream(definition.schemaResource())) {
            return json.readTree(in);
        }
    }
}
