package dk.mentor.kit.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.mentor.contracts.events.EventPayload;
import dk.mentor.contracts.events.catalog.MentorCapacityChanged;
import dk.mentor.contracts.events.catalog.MentorStatusChanged;
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
    void shouldCoverAnEventOnlyByTheLaterTypeItNamesAndOnlyWhenItsRuleHolds() throws Exception {
        UUID mentor = UUID.randomUUID();
        Instant at = Instant.parse("2026-11-02T09:00:00Z");
        EventRoutes routes = EventRoutes.with(json).on(MentorStatusChanged.class, (payload, event) -> seen.add("status"))
                .on(MentorCapacityChanged.class, (payload, event) -> seen.add("capacity"))
                .skipWhenFollowedBy(MentorStatusChanged.class, MentorCapacityChanged.class,
                        (status, capacity) -> capacity.version() == status.version());
        IncomingEvent status = incoming(MentorStatusChanged.TYPE.value(),
                new MentorStatusChanged(mentor, "0751", 4, "APPLICANT", "ACTIVE", "Vetted", at));
        IncomingEvent sameVersion = incoming(MentorCapacityChanged.TYPE.value(),
                new MentorCapacityChanged(mentor, "0751", 4, 2, new BigDecimal("4"), 0, BigDecimal.ZERO, at));
        IncomingEvent laterVersion = incoming(MentorCapacityChanged.TYPE.value(),
                new MentorCapacityChanged(mentor, "0751", 5, 2, new BigDecimal("4"), 0, BigDecimal.ZERO, at));
        IncomingEvent unreadable = new IncomingEvent("x", MentorCapacityChanged.TYPE.value(), "test", mentor.toString(),
                "0751", "catalog.mentor.v1", 0, 1, mentor.toString(), "{\"mentorId\": ", Map.of());

        assertTrue(routes.coveredBy(status, sameVersion));
        assertFalse(routes.coveredBy(status, laterVersion), "the rule does not hold");
        assertFalse(routes.coveredBy(sameVersion, status), "not the other way round");
        assertFalse(routes.coveredBy(status, unreadable), "an unreadable later event covers nothing: its handler reports it");
        assertTrue(seen.isEmpty(), "asking applies nothing");
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
