package dk.mentor.kit.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.contracts.events.EventCatalog;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.kit.problem.ProblemType;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which schemas a service serves follows from its name; the HTTP side is in EventSchemaEndpointTest. */
class EventSchemaResourceTest {

    @Test
    void shouldListExactlyTheTypesTheServicePublishes() {
        Set<String> listed = resource("followup-service").list().stream()
                .map(EventSchemaResource.EventSchemaSummary::type).collect(Collectors.toSet());

        assertEquals(EventCatalog.all().stream().filter(d -> d.type().service().equals("followup"))
                .map(d -> d.type().value()).collect(Collectors.toSet()), listed);
        resource("followup-service").list().forEach(summary -> assertTrue(
                summary.dataschema().endsWith("/" + summary.type() + ".json"), summary.toString()));
    }

    @Test
    void shouldServeAPublishedSchemaWithItsId() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(resource("refusion-service").get("dk.mentor.refusion.ClaimStatusChanged.v1"));

        assertEquals("https://mentor.example/schemas/dk.mentor.refusion.ClaimStatusChanged.v1.json", schema.path("$id").asText());
    }

    @Test
    void shouldNotServeAnotherServicesSchema() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> resource("refusion-service").get("dk.mentor.followup.PlanOpened.v1"));

        assertEquals(ProblemType.NOT_FOUND, e.type());
    }

    private static EventSchemaResource resource(String applicationName) {
        EventSchemaResource resource = new EventSchemaResource();
        resource.applicationName = applicationName;
        return resource;
    }
}
