package dk.mentor.followup.domain;

import static dk.mentor.followup.domain.Fixtures.AARHUS;
import static dk.mentor.followup.domain.Fixtures.KOBENHAVN;
import static dk.mentor.followup.domain.Fixtures.NOW;
import static dk.mentor.followup.domain.Fixtures.fields;
import static dk.mentor.followup.domain.Fixtures.refused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.contracts.rules.RuleViolation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** A citizen known by an encrypted CPR number, or anonymous under an alias. */
class CitizenTest {

    @Test
    void shouldKnowAnIdentifiedCitizenByItsOwnCopyOfTheEncryptedCpr() {
        byte[] cipher = {1, 2, 3};

        Citizen citizen = Citizen.identified(cipher, "hash", "k1", AARHUS, NOW);
        cipher[0] = 9;
        citizen.cprCiphertext()[1] = 9;

        assertArrayEquals(new byte[] {1, 2, 3}, citizen.cprCiphertext());
        assertFalse(citizen.anonymous());
        assertNull(citizen.alias());
        assertEquals(AARHUS, citizen.actingMunicipality());
        assertEquals(NOW, citizen.registeredAt());
    }

    @Test
    void shouldKnowAnAnonymousCitizenByTheAliasWithoutCpr() {
        Citizen citizen = Citizen.anonymous("  Ravnen ", AARHUS, NOW);

        assertTrue(citizen.anonymous());
        assertEquals("Ravnen", citizen.alias());
        assertNull(citizen.cprCiphertext());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void shouldRefuseAnAnonymousCitizenWithoutAnAlias(String alias) {
        RuleViolation refusal = refused(() -> Citizen.anonymous(alias, AARHUS, NOW));

        assertEquals("An anonymous citizen needs an alias the contact person knows them by", refusal.getMessage());
        assertEquals(List.of("alias"), fields(refusal));
    }

    @Test
    void shouldGiveEachCitizenItsOwnPseudonymousId() {
        assertNotEquals(Citizen.anonymous("A", AARHUS, NOW).id(), Citizen.anonymous("A", AARHUS, NOW).id());
    }

    @Test
    void shouldActInTheMunicipalityItMovedTo() {
        Citizen citizen = Citizen.anonymous("Ravnen", AARHUS, NOW);

        citizen.moveTo(KOBENHAVN);

        assertEquals(KOBENHAVN, citizen.actingMunicipality());
    }

    @ParameterizedTest
    @MethodSource("identifiedOnly")
    void shouldServeAnAnonymousCitizenOnlyUnderSection99(LegalBasisTerms basis) {
        Citizen anonymous = Citizen.anonymous("Ravnen", AARHUS, NOW);

        RuleViolation refusal = refused(() -> anonymous.requireServableUnder(basis, "legalBasis"));

        assertEquals(List.of("legalBasis"), fields(refusal));
        anonymous.requireServableUnder(Bases.SEL_CONTACT_PERSON, "legalBasis");
    }

    @ParameterizedTest
    @MethodSource("dk.mentor.followup.domain.Bases#all")
    void shouldServeAnIdentifiedCitizenUnderAnyBasis(LegalBasisTerms basis) {
        Citizen.identified(new byte[] {1}, "hash", "k1", AARHUS, NOW).requireServableUnder(basis, "legalBasis");
    }

    static java.util.stream.Stream<LegalBasisTerms> identifiedOnly() {
        return Bases.all().filter(basis -> !basis.anonymousAllowed());
    }
}
