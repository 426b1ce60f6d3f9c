package dk.mentor.contracts.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** How Jackson treats the payload records, which the EventPayload design relies on. */
class PayloadJsonTest {

    static Stream<EventDefinition> events() {
        return EventCatalog.all().stream();
    }

    @ParameterizedTest
    @MethodSource("events")
    void shouldSerialiseRecordComponentsOnlyNotSubjectOrMunicipality(EventDefinition definition) {
        JsonNode json = EventJson.toJson(SamplePayloads.byClass().get(definition.payloadClass()));
        Set<String> components = Arrays.stream(definition.payloadClass().getRecordComponents())
                .map(component -> component.getName())
                .collect(Collectors.toSet());

        assertEquals(components, json.properties().stream().map(entry -> entry.getKey()).collect(Collectors.toSet()));
    }

    @ParameterizedTest
    @MethodSource("events")
    void shouldReadBackAnEqualRecord(EventDefinition definition) throws Exception {
        EventPayload sample = SamplePayloads.byClass().get(definition.payloadClass());
        String json = EventJson.MAPPER.writeValueAsString(sample);

        assertEquals(sample, EventJson.MAPPER.readValue(json, definition.payloadClass()));
    }

    @Test
    void shouldWriteInstantsAsIsoStringsAndDecimalsAsExactNumbers() throws Exception {
        String json = EventJson.MAPPER.writeValueAsString(SamplePayloads.mentorRegistered());

        assertTrue(json.contains("\"registeredAt\":\"2026-03-02T08:15:00Z\""), json);
        assertTrue(json.contains("\"capacityHoursPerWeek\":7.50"), json);
    }
}
