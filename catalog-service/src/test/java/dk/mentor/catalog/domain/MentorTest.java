package dk.mentor.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.contracts.codes.LegalBasis;
import dk.mentor.contracts.codes.MentorKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentorTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void shouldKeepLegalBasesSortedAndDistinct() {
        Mentor mentor = Mentor.register("Hanne", MentorKind.PAID_SOCIAL_MENTOR, "0751",
                List.of(LegalBasis.SEL_SOCIAL_PEDAGOGICAL_SUPPORT, LegalBasis.LAB_MENTOR, LegalBasis.LAB_MENTOR),
                2, new BigDecimal("5.00"), NOW);
        assertEquals(List.of("LAB_167", "SEL_85"), mentor.legalBases());
        assertEquals(NOW, mentor.registeredAt());
    }

    @Test
    void shouldRefusePaidMentorWithoutLegalBasis() {
        MentorRuleException e = assertThrows(MentorRuleException.class, () -> Mentor.register("Hanne",
                MentorKind.PAID_SOCIAL_MENTOR, "0751", List.of(), 2, BigDecimal.ONE, NOW));
        assertTrue(e.getMessage().contains("legal basis"));
    }

    @Test
    void shouldAllowVolunteerWithoutLegalBasis() {
        Mentor mentor = Mentor.register("Ole", MentorKind.VOLUNTEER, "0746", List.of(), 1, BigDecimal.ONE, NOW);
        assertTrue(mentor.legalBases().isEmpty());
    }
}
