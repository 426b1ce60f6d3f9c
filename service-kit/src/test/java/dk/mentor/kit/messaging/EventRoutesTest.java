package dk.mentor.kit.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.mentor.contracts.events.EventPayload;
import dk.mentor.contracts.events.matching.MentorshipEnded;
import dk.mentor.contracts.events.matching.MentorshipStarted;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventRoutesTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final List<String> seen = new ArrayList<>();

    private final MentorshipEnded ended = new MentorshipEnded(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
            "0746", "0751", new BigDecimal("3.5"), "COMPLETED", LocalDate.of(2026, 11, 30), Instant.parse("2026-11-30T12:00:00Z"));

    private IncomingEvent incoming(String type, EventPayload payload) throws Exception {
        return new IncomingEvent(UUID.randomUUID().toString(), type, "test", payload.subject(), payload.municipality(),
                "matching.mentorship.v1", 0, 0, payload.subject(), json.writeValueAsString(payload), Map.of());
    }

    @Test
    void shouldHandAHandlerItsPayloadReadFromJson() throws Exception {
        EventRoutes routes = EventRoutes.with(json)
                .on(MentorshipStarted.class, (started, event) -> seen.add("started"))
                .on(MentorshipEnded.class, (payload, event) -> seen.add(payload.reason() + " " + payload.hoursPerWeek()));

        routes.apply(incoming(MentorshipEnded.TYPE.value(), ended));

        assertEquals(List.of("COMPLETED 3.5"), seen);
    }

    @Test
    void shouldSkipATypeWithoutAHandler() throws Exception {
        EventRoutes routes = EventRoutes.with(json).on(MentorshipStarted.class, (started, event) -> seen.add("started"));

        routes.apply(incoming("dk.mentor.matching.MentorshipEnded.v2", ended));
        routes.apply(incoming(MentorshipEnded.TYPE.value(), ended));

        assertTrue(seen.isEmpty());
    }

    @Test
    void shouldLetAHandlersFailureReachTheConsumerSoItCanRetry() throws Exception {
        EventRoutes routes = EventRoutes.with(json).on(MentorshipEnded.class, (payload, event) -> {
            throw new IllegalStateException("database down");
        });

        assertThrows(IllegalStateException.class, () -> routes.apply(incoming(MentorshipEnded.TYPE.value(), ended)));
    }

    @Test
    void shouldRefuseTwoHandlersForOneType() {
        EventRoutes routes = EventRoutes.with(json).on(MentorshipEnded.class, (payload, event) -> { });

        assertThrows(IllegalStateException.class, () -> routes.on(MentorshipEnded.class, (payload, event) -> { }));
    }

    @Test
    void shouldRefuseAPayloadThatIsNotInTheCatalog() {
        record Stray(String subject, String municipality) implements EventPayload {
        }

        assertThrows(IllegalArgumentException.class, () -> EventRoutes.with(json).on(Stray.class, (payload, event) -> { }));
    }
}
