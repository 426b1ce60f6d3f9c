package dk.mentor.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.mentor.contracts.rules.RuleViolation;
import org.junit.jupiter.api.Test;

/** A hotline note speaks of a citizen's situation, never of the citizen's CPR number. */
class CoordinatorContactTest {

    @Test
    void shouldRefuseANoteHoldingACprNumberWithOrWithoutTheDash() {
        assertEquals("note", assertThrows(RuleViolation.class,
                () -> CoordinatorContact.requireNoCpr("Borgeren 010190-1234 har meldt afbud")).issues().get(0).field());
        assertThrows(RuleViolation.class, () -> CoordinatorContact.requireNoCpr("cpr 0101901234"));
    }

    @Test
    void shouldAcceptANoteWithOtherNumbers() {
        CoordinatorContact.requireNoCpr("Ring tilbage på 86 12 34 56 før kl. 14; sag 2026-004711");
        CoordinatorContact.requireNoCpr("Dato 991399-9999 er ingen CPR-dato");
        CoordinatorContact.requireNoCpr(null);
    }
}
