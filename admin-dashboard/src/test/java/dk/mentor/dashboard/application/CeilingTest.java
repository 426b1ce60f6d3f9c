package dk.mentor.dashboard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CeilingTest {

    @Test
    void theForecastCarriesTheDailyRateToTheEndOfTheYear() {
        // 31 days of 2026 (365 days) at 3.100 kr: 100 kr a day, 36.500 kr by 31 December
        Ceiling january = ceiling("400000", "3100", 1, LocalDate.of(2026, 1, 31));
        assertEquals(new BigDecimal("36500.00"), january.yearEndForecast());
    }

    @Test
    void theForecastOfALeapYearCountsItsExtraDay() {
        assertEquals(new BigDecimal("36600.00"), new Ceiling("R", "RAADIGHEDSBELOEB", 2028, new BigDecimal("400000"),
                new BigDecimal("3100"), BigDecimal.ZERO, 1, LocalDate.of(2028, 1, 31), null, null).yearEndForecast());
    }

    @Test
    void aYearThatIsOverOrHasNoRunRateForecastsWhatWasConsumed() {
        assertEquals(new BigDecimal("5000"), ceiling("400000", "5000", 1, LocalDate.of(2026, 12, 31)).yearEndForecast());
        assertEquals(new BigDecimal("5000"), ceiling("400000", "5000", 1, null).yearEndForecast());
    }

    @Test
    void theMarksAreEightyAndOneHundredPercentOfTheCeiling() {
        Ceiling c = ceiling("400000", "0", 0, LocalDate.of(2026, 6, 30));
        assertEquals(new BigDecimal("320000.00"), c.mark(80));
        assertEquals(new BigDecimal("400000.00"), c.mark(100));
        assertNull(ceiling(null, "0", null, null).mark(80));
    }

    @Test
    void aCeilingAtEightyPercentIsAWarning() {
        assertTrue(ceiling("100", "80", 80, null).warning());
        assertFalse(ceiling("100", "79", 79, null).warning());
        assertFalse(ceiling(null, "79", null, null).warning());
    }

    private static Ceiling ceiling(String amount, String consumed, Integer percent, LocalDate asOf) {
        return new Ceiling("TRIAL", "RAADIGHEDSBELOEB", 2026, amount == null ? null : new BigDecimal(amount),
                new BigDecimal(consumed), BigDecimal.ZERO, percent, asOf, null, null);
    }
}
