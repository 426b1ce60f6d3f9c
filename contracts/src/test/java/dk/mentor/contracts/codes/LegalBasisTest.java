package dk.mentor.contracts.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LegalBasisTest {

    @ParameterizedTest
    @EnumSource(LegalBasis.class)
    void shouldFindEveryBasisByItsCode(LegalBasis basis) {
        assertEquals(basis, LegalBasis.fromCode(basis.code()));
    }

    @Test
    void shouldHaveDistinctCodes() {
        Set<String> codes = Arrays.stream(LegalBasis.values()).map(LegalBasis::code).collect(Collectors.toSet());
        assertEquals(LegalBasis.values().length, codes.size());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"lab_167", "LAB_MENTOR", "SEL 85"})
    void shouldRejectUnknownCodeNamingIt(String code) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> LegalBasis.fromCode(code));
        assertTrue(error.getMessage().contains("'" + code + "'"), error.getMessage());
    }

    @ParameterizedTest
    @EnumSource(LegalBasis.class)
    void shouldBeFullyDescribedWithAPlausiblePeriod(LegalBasis basis) {
        assertFalse(basis.law().isBlank());
        assertEquals(basis.statutory(), basis.paragraph().contains("§"), basis.paragraph());
        assertFalse(basis.description().isBlank());
        assertTrue(basis.validTo() == null || basis.validTo().isAfter(basis.validFrom()));
    }

    @Test
    void shouldFollowTheRenamingsOfLabMentorSupportWithoutGapOrOverlap() {
        assertEquals(LegalBasis.LAB_MENTOR_2009.validTo().plusDays(1), LegalBasis.LAB_MENTOR_2014.validFrom());
        assertEquals(LegalBasis.LAB_MENTOR_2014.validTo().plusDays(1), LegalBasis.LAB_MENTOR.validFrom());
        assertNull(LegalBasis.LAB_MENTOR.validTo());
        assertEquals("kapitel 26, §§ 167-171", LegalBasis.LAB_MENTOR.paragraph());
    }

    @Test
    void shouldBeInForceFromFirstToLastDayInclusive() {
        LegalBasis basis = LegalBasis.LAB_MENTOR_2014;

        assertFalse(basis.inForceOn(LocalDate.of(2013, 12, 31)));
        assertTrue(basis.inForceOn(LocalDate.of(2014, 1, 1)));
        assertTrue(basis.inForceOn(LocalDate.of(2019, 12, 31)));
        assertFalse(basis.inForceOn(LocalDate.of(2020, 1, 1)));
        assertTrue(LegalBasis.LAB_MENTOR.inForceOn(LocalDate.of(2099, 1, 1)));
    }

    @Test
    void shouldListExactlyOneLabMentorBasisForAnyDaySince2009() {
        for (LocalDate day = LocalDate.of(2009, 7, 6); day.getYear() < 2027; day = day.plusMonths(1)) {
            LocalDate date = day;
            long inForce = Arrays.stream(LegalBasis.values())
                    .filter(b -> b.name().startsWith("LAB_MENTOR") && b.inForceOn(date))
                    .count();
            assertEquals(1, inForce, "on " + date);
        }
    }

    @Test
    void shouldPlaceEachBasisOnItsLine() {
        assertEquals(EnumSet.of(LegalBasis.SEL_SOCIAL_PEDAGOGICAL_SUPPORT, LegalBasis.SEL_HOUSING_FIRST,
                        LegalBasis.SEL_CONTACT_PERSON),
                basesOn(LegalLine.SOCIAL));
        assertEquals(EnumSet.of(LegalBasis.INTEGRATION_MENTOR), basesOn(LegalLine.INTEGRATION));
        assertTrue(basesOn(LegalLine.EMPLOYMENT).contains(LegalBasis.LAB_COORDINATED_PLAN));
    }

    @Test
    void shouldAllowAnonymousCitizenOnlyForSection99ContactPerson() {
        assertEquals(EnumSet.of(LegalBasis.SEL_CONTACT_PERSON),
                Arrays.stream(LegalBasis.values()).filter(LegalBasis::allowsAnonymousCitizen)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(LegalBasis.class))));
    }

    private static Set<LegalBasis> basesOn(LegalLine line) {
        return Arrays.stream(LegalBasis.values()).filter(b -> b.line() == line)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(LegalBasis.class)));
    }
}
