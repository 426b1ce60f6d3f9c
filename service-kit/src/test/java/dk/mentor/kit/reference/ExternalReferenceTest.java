package dk.mentor.kit.reference;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.mentor.contracts.rules.RuleViolation;
import org.junit.jupiter.api.Test;

class ExternalReferenceTest {

    // 150385-1234 is a made-up CPR number whose birth date (15 March 1985) exists
    private static final String UUID_READING_AS_CPR = "ab150385-1234-4abc-8def-0123456789ab";

    @Test
    void shouldRefuseKeyCarryingCprNumber() {
        for (String id : new String[] {"150385-1234", "SAG-1503851234", "SAG_150385-1234/2026", UUID_READING_AS_CPR + "/150385-1234"}) {
            RuleViolation refused = assertThrows(RuleViolation.class, () -> new ExternalReference("sbsys", id).requireNoCpr("externalReference"),
                    id);
            assertEquals("An external reference must not carry a CPR number", refused.getMessage());
        }
    }

    @Test
    void shouldAcceptUuidKeyWhoseHexDigitsReadAsCprNumber() {
        assertDoesNotThrow(() -> new ExternalReference("sbsys", "HENV-" + UUID_READING_AS_CPR).requireNoCpr("externalReference"));
        assertDoesNotThrow(() -> new ExternalReference("sbsys", UUID_READING_AS_CPR.toUpperCase()).requireNoCpr("externalReference"));
    }

    @Test
    void shouldAcceptKeyWhoseDigitsAreNoBirthDate() {
        assertDoesNotThrow(() -> new ExternalReference("sbsys", "SAG-2026-004711").requireNoCpr("externalReference"));
        assertDoesNotThrow(() -> new ExternalReference("sbsys", "991385-1234").requireNoCpr("externalReference"));
    }
}
