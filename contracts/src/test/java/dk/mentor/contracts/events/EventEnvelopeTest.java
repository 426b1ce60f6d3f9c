package dk.mentor.contracts.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.contracts.events.catalog.MentorRegistered;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventEnvelopeTest {

    private static final UUID ID = UUID.fromString("9b1d7a52-0c8e-4f3a-8d2b-6e5f4a3b2c1d");
    private static final Instant TIME = Instant.parse("2026-03-02T08:15:00.123Z");
    private static final String JSON = "{\"mentorId\":\"3f2b8c1e-5d4a-4e7b-9c61-0a1b2c3d4e5f\"}";

    private final MentorRegistered payload = SamplePayloads.mentorRegistered();

    @Test
    void shouldTakeTypeSubjectAndMunicipalityFromPayload() {
        EventEnvelope envelope = EventEnvelope.of(payload, JSON, "/catalog-service", ID, TIME);

        assertEquals(MentorRegistered.TYPE, envelope.type());
        assertEquals(payload.mentorId().toString(), envelope.subject());
        assertEquals("0751", envelope.municipality());
        assertEquals(JSON, envelope.payload());
    }

    @Test
    void shouldWriteBinaryModeHeadersInStableOrder() {
        Map<String, String> headers = EventEnvelope.of(payload, JSON, "/catalog-service", ID, TIME).headers();

        assertEquals(List.of("ce_specversion", "ce_id", "ce_type", "ce_source", "ce_subject", "ce_time",
                "ce_municipality", "content-type"), List.copyOf(headers.keySet()));
        assertEquals("1.0", headers.get(CloudEventHeaders.SPEC_VERSION));
        assertEquals(ID.toString(), headers.get(CloudEventHeaders.ID));
        assertEquals("dk.mentor.catalog.MentorRegistered.v1", headers.get(CloudEventHeaders.TYPE));
        assertEquals("/catalog-service", headers.get(CloudEventHeaders.SOURCE));
        assertEquals("3f2b8c1e-5d4a-4e7b-9c61-0a1b2c3d4e5f", headers.get(CloudEventHeaders.SUBJECT));
        assertEquals("2026-03-02T08:15:00.123Z", headers.get(CloudEventHeaders.TIME));
        assertEquals("0751", headers.get(CloudEventHeaders.MUNICIPALITY));
        assertEquals("application/json", headers.get(CloudEventHeaders.CONTENT_TYPE));
    }

    @Test
    void shouldReadBackWhatItWrote() {
        EventEnvelope sent = EventEnvelope.of(payload, JSON, "/catalog-service", ID, TIME);

        assertEquals(sent, EventEnvelope.fromHeaders(sent.headers(), JSON));
    }

    @Test
    void shouldAcceptTimeWithOffsetAndThreeDigitMunicipality() {
        Map<String, String> headers = headers();
        headers.put(CloudEventHeaders.TIME, "2026-03-02T09:15:00.123+01:00");
        headers.put(CloudEventHeaders.MUNICIPALITY, "751");

        EventEnvelope envelope = EventEnvelope.fromHeaders(headers, JSON);

        assertEquals(TIME, envelope.time());
        assertEquals("0751", envelope.municipality());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ce_specversion", "ce_id", "ce_type", "ce_source", "ce_subject", "ce_time", "ce_municipality"})
    void shouldNameMissingHeader(String name) {
        Map<String, String> headers = headers();
        headers.remove(name);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> EventEnvelope.fromHeaders(headers, JSON));
        assertTrue(error.getMessage().contains(name), error.getMessage());
    }

    @Test
    void shouldRejectHeadersBreakingTheConventions() {
        assertRejected(CloudEventHeaders.SPEC_VERSION, "0.3");
        assertRejected(CloudEventHeaders.ID, "1-2-3-4-5");
        assertRejected(CloudEventHeaders.TYPE, "MentorRegistered");
        assertRejected(CloudEventHeaders.SOURCE, "catalog-service");
        assertRejected(CloudEventHeaders.SUBJECT, " ");
        assertRejected(CloudEventHeaders.TIME, "2026-03-02 08:15");
        assertRejected(CloudEventHeaders.MUNICIPALITY, "0411");
    }

    @Test
    void shouldRejectPayloadThatIsNotAJsonObject() {
        assertThrows(IllegalArgumentException.class, () -> EventEnvelope.fromHeaders(headers(), "MentorRegistered[...]"));
        assertThrows(IllegalArgumentException.class, () -> EventEnvelope.fromHeaders(headers(), null));
    }

    @Test
    void shouldRefusePayloadMissingFromCatalog() {
        EventPayload unknown = new EventPayload() {
            @Override
            public String subject() {
                return "x";
            }

            @Override
            public String municipality() {
                return "0101";
            }
        };

        assertThrows(IllegalArgumentException.class, () -> EventEnvelope.of(unknown, JSON, "/catalog-service", ID, TIME));
    }

    private static void assertRejected(String header, String value) {
        Map<String, String> headers = headers();
        headers.put(header, value);
        assertThrows(IllegalArgumentException.class, () -> EventEnvelope.fromHeaders(headers, JSON), header);
    }

    private static Map<String, String> headers() {
        return new HashMap<>(EventEnvelope.of(SamplePayloads.mentorRegistered(), JSON, "/catalog-service", ID, TIME)
                .headers());
    }
}
