package dk.mentor.contracts.events;

import dk.mentor.contracts.codes.LegalBasis;
import dk.mentor.contracts.codes.MentorKind;
import dk.mentor.contracts.events.catalog.MentorRegistered;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One realistic instance of every payload in {@link EventCatalog}; the schema tests need them all. */
public final class SamplePayloads {

    private SamplePayloads() {
    }

    public static Map<Class<? extends EventPayload>, EventPayload> byClass() {
        return Map.of(MentorRegistered.class, mentorRegistered());
    }

    public static MentorRegistered mentorRegistered() {
        return new MentorRegistered(
                UUID.fromString("3f2b8c1e-5d4a-4e7b-9c61-0a1b2c3d4e5f"),
                "0751",
                MentorKind.PAID_SOCIAL_MENTOR.name(),
                List.of(LegalBasis.LAB_MENTOR.code(), LegalBasis.SEL_SOCIAL_PEDAGOGICAL_SUPPORT.code()),
                4,
                new BigDecimal("7.50"),
                Instant.parse("2026-03-02T08:15:00Z"));
    }
}
