package dk.mentor.contracts.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GrantPeriodTest {

    /** The LAB § 167 row as the kit migration seeds it: 6 months a grant. */
    private static final LegalBasisTerms LAB_167 = new LegalBasisTerms("LAB_167", LegalLine.EMPLOYMENT,
            LocalDate.of(2020, 1, 1), null, false, 6, List.of(ParticipantRole.LAB_MENTOR));

    @ParameterizedTest
    @CsvSource({
            "2026-12-01, 2027-05-31",
            "2026-12-15, 2027-06-14",
            "2026-08-31, 2027-02-28",
            "2027-08-31, 2028-02-29",
            "2026-08-29, 2027-02-28",
            "2027-08-29, 2028-02-28",
            "2026-01-31, 2026-07-30",
    })
    void shouldEndTheDayBeforeTheSameDateSixMonthsOnOrAtTheEndOfAShortMonth(LocalDate start, LocalDate last) {
        assertEquals(Optional.of(last), GrantPeriod.lastDay(LAB_167, start));
    }

    @Test
    void shouldAllowTheLastDayAndRefuseTheDayAfter() {
        LocalDate start = LocalDate.of(2026, 12, 1);
        assertFalse(GrantPeriod.exceeds(LAB_167, start, LocalDate.of(2027, 5, 31)));
        assertTrue(GrantPeriod.exceeds(LAB_167, start, LocalDate.of(2027, 6, 1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"LAB_31B", "LAB_78", "INL_23D", "SEL_85"})
    void shouldNotLimitABasisWhoseRowGivesNoMonths(String code) {
        LegalBasisTerms basis = new LegalBasisTerms(code, LegalLine.EMPLOYMENT, LocalDate.of(2009, 1, 1), null, false, null,
                List.of(ParticipantRole.LAB_MENTOR));
        LocalDate start = LocalDate.of(2012, 1, 1);
        assertEquals(Optional.empty(), GrantPeriod.lastDay(basis, start));
        assertFalse(GrantPeriod.exceeds(basis, start, start.plusYears(2)));
    }
}
