package dk.mentor.contracts.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EventTypeTest {

    @Test
    void shouldBuildFullTypeName() {
        EventType type = new EventType("matching", "MentorshipStarted", 1);

        assertEquals("dk.mentor.matching.MentorshipStarted.v1", type.value());
        assertEquals(type.value(), type.toString());
    }

    @Test
    void shouldParseIntoItsParts() {
        EventType type = EventType.parse("dk.mentor.catalog.MentorRegistered.v12");

        assertEquals("catalog", type.service());
        assertEquals("MentorRegistered", type.name());
        assertEquals(12, type.version());
        assertEquals(new EventType("catalog", "MentorRegistered", 12), type);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "dk.mentor.catalog.MentorRegistered", "dk.mentor.catalog.MentorRegistered.v0",
        "dk.mentor.catalog.MentorRegistered.V1", "dk.mentor.Catalog.MentorRegistered.v1",
        "dk.mentor.catalog.mentorRegistered.v1", "dk.mentor.catalog-service.MentorRegistered.v1",
        "com.example.catalog.MentorRegistered.v1", "dk.mentor.catalog.Mentor.Registered.v1",
        "dk.mentor.catalog.MentorRegistered.v01", "dk.mentor.catalog.MentorRegistered.v1 "
    })
    void shouldRejectMalformedTypeNamingIt(String value) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> EventType.parse(value));
        assertTrue(error.getMessage().contains("'" + value + "'"), error.getMessage());
    }

    @Test
    void shouldRejectBadParts() {
        assertThrows(IllegalArgumentException.class, () -> new EventType("Catalog", "MentorRegistered", 1));
        assertThrows(IllegalArgumentException.class, () -> new EventType("catalog", "mentor_registered", 1));
        assertThrows(IllegalArgumentException.class, () -> new EventType("catalog", "MentorRegistered", 0));
        assertThrows(IllegalArgumentException.class, () -> new EventType(null, "MentorRegistered", 1));
    }
}
