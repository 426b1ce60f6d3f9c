package dk.mentor.refusion.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The ceiling forecast against figures computed by hand. */
class CeilingStatusTest {

    private static final BigDecimal CEILING = new BigDecimal("100000.00");

    @Test
    void shouldForecastTheOverrunDayFromTheRunRate() {
        // 40,000 kr consumed in the first 90 days of 2025 (1 January to 31 March): 444.44 kr a day.
        // The 60,000 kr left take 60,000 / (40,000 / 90) = 135 days: 31 March + 135 days = 13 August.
        TreeMap<LocalDate, BigDecimal> days = new TreeMap<>();
        days.put(LocalDate.of(2025, 1, 15), new BigDecimal("10000.00"));
        days.put(LocalDate.of(2025, 2, 15), new BigDecimal("15000.00"));
        days.put(LocalDate.of(2025, 3, 20), new BigDecimal("15000.00"));
        CeilingStatus status = CeilingStatus.of(2025, CeilingKind.REFUSION_CEILING, CEILING, days, LocalDate.of(2025, 3, 31));

        assertEquals(new BigDecimal("40000.00"), status.consumed());
        assertEquals(40, status.percent());
        assertNull(status.reachedOn());
        assertEquals(LocalDate.of(2025, 8, 13), status.forecastOverrunOn());
        assertFalse(status.reached(80));
    }

    @Test
    void shouldForecastNoOverrunWhenTheRunRateStaysUnderTheCeilingThisYear() {
        // 20,000 kr by 30 June (181 days): 110.50 kr a day reaches 100,000 only after 905 days
        TreeMap<LocalDate, BigDecimal> days = new TreeMap<>();
        days.put(LocalDate.of(2025, 5, 1), new BigDecimal("20000.00"));
        CeilingStatus status = CeilingStatus.of(2025, CeilingKind.REFUSION_CEILING, CEILING, days, LocalDate.of(2025, 6, 30));
        assertNull(status.forecastOverrunOn());
    }

    @Test
    void shouldNameTheDayTheCeilingWasPassedAndSplitWhatIsBeyond() {
        TreeMap<LocalDate, BigDecimal> days = new TreeMap<>();
        days.put(LocalDate.of(2014, 4, 1), new BigDecimal("70000.00"));
        days.put(LocalDate.of(2014, 9, 1), new BigDecimal("15000.00"));
        days.put(LocalDate.of(2014, 11, 3), new BigDecimal("25000.00"));
        CeilingStatus status = CeilingStatus.of(2014, CeilingKind.REFUSION_CEILING, CEILING, days, LocalDate.of(2026, 1, 10));

        assertEquals(LocalDate.of(2014, 12, 31), status.asOf());
        assertEquals(LocalDate.of(2014, 11, 3), status.reachedOn());
        assertEquals(LocalDate.of(2014, 11, 3), status.forecastOverrunOn());
        assertEquals(new BigDecimal("110000.00"), status.consumed());
        assertEquals(new BigDecimal("100000.00"), status.withinCeiling());
        assertEquals(new BigDecimal("10000.00"), status.beyondCeiling());
        assertEquals(110, status.percent());
        assertTrue(status.reached(80));
        assertTrue(status.reached(100));
    }

    @Test
    void shouldReachEightyPercentExactlyAtEightyPercent() {
        TreeMap<LocalDate, BigDecimal> days = new TreeMap<>();
        days.put(LocalDate.of(2025, 2, 1), new BigDecimal("79999.99"));
        assertFalse(CeilingStatus.of(2025, CeilingKind.RAADIGHEDSBELOEB, CEILING, days, LocalDate.of(2025, 3, 1)).reached(80));
        days.put(LocalDate.of(2025, 2, 2), new BigDecimal("0.01"));
        assertTrue(CeilingStatus.of(2025, CeilingKind.RAADIGHEDSBELOEB, CEILING, days, LocalDate.of(2025, 3, 1)).reached(80));
    }
}
