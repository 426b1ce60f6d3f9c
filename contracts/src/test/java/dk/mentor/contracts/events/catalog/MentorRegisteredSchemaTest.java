package dk.mentor.contracts.events.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import dk.mentor.contracts.codes.MentorKind;
import dk.mentor.contracts.events.EventCatalog;
import dk.mentor.contracts.events.EventDefinition;
import dk.mentor.contracts.events.EventJson;
import dk.mentor.contracts.events.SamplePayloads;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class MentorRegisteredSchemaTest {

    private final EventDefinition definition = EventCatalog.of(SamplePayloads.mentorRegistered());

    @Test
    void shouldFailWithoutARequiredField() {
        assertInvalid(json -> json.remove("homeMunicipality"));
        assertInvalid(json -> json.remove("legalBases"));
    }

    @Test
    void shouldFailWithBadMunicipality() {
        assertInvalid(json -> json.put("homeMunicipality", "751"));
        assertInvalid(json -> json.put("homeMunicipality", "Aarhus"));
    }

    @Test
    void shouldFailWithBadValues() {
        assertInvalid(json -> json.put("mentorId", "not-a-uuid"));
        assertInvalid(json -> json.put("registeredAt", "02-03-2026"));
        assertInvalid(json -> json.put("registeredAt", 1772439300));
        assertInvalid(json -> json.put("kind", "MENTOR"));
        assertInvalid(json -> json.put("capacityCitizens", -1));
        assertInvalid(json -> json.put("capacityHoursPerWeek", "7.5"));
        assertInvalid(json -> json.putArray("legalBases").add("LAB_167").add("LAB_167"));
        assertInvalid(json -> json.putArray("legalBases").add("§ 167"));
    }

    /**
     * The schema accepts a field added in a later release (a consumer must survive it), so what keeps
     * routing data and personal data out of the body is the producer side: the record writes exactly
     * the schema's fields, never the subject, and never a CPR number.
     */
    @Test
    void shouldAcceptAnAddedFieldButNeverWriteAFieldTheContractDoesNotHave() {
        ObjectNode added = (ObjectNode) EventJson.toJson(SamplePayloads.mentorRegistered());
        added.put("addedInALaterRelease", "x");
        assertEquals(Set.of(), EventJson.validate(definition, added));

        JsonNode written = EventJson.toJson(SamplePayloads.mentorRegistered());
        Set<String> declared = new HashSet<>();
        EventJson.schemaJson(definition).path("properties").fieldNames().forEachRemaining(declared::add);
        written.fieldNames().forEachRemaining(field -> assertTrue(declared.contains(field), field));
        assertFalse(written.has("subject"));
        assertFalse(written.has("cpr"));
    }

    @Test
    void shouldOfferExactlyTheCodesOfTheSharedCodeLists() {
        JsonNode properties = EventJson.schemaJson(definition).path("properties");

        assertEquals(Arrays.stream(MentorKind.values()).map(Enum::name).collect(Collectors.toSet()),
                texts(properties.path("kind").path("enum")));
        // the legal bases are rows an administrator extends: the schema lists none, it names their pattern
        assertTrue(properties.path("legalBases").path("items").path("enum").isMissingNode());
        assertEquals("^[A-Z][A-Z0-9_]{1,59}$", properties.path("legalBases").path("items").path("pattern").asText());
    }

    private void assertInvalid(Consumer<ObjectNode> change) {
        ObjectNode json = (ObjectNode) EventJson.toJson(SamplePayloads.mentorRegistered());
        change.accept(json);

        Set<ValidationMessage> errors = EventJson.validate(definition, json);

        assertFalse(errors.isEmpty(), "accepted " + json);
    }

    private static Set<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).collect(Collectors.toSet());
    }
}
