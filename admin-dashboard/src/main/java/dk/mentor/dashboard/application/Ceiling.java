package dk.mentor.dashboard.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;

/**
 * One ceiling of a municipality's year, as refusion-service reports it, and the year-end forecast
 * the chart draws: the consumption so far carried on at the same daily rate to 31 December.
 */
public record Ceiling(String regime, String ceilingKind, int year, BigDecimal ceilingAmount, BigDecimal consumed,
                      BigDecimal beyondCeiling, Integer percent, LocalDate asOf, LocalDate reachedOn, LocalDate forecastOverrunOn) {

    /** Consumption at 31 December at the run rate up to {@code asOf}; the consumption itself when the year is over or not begun. */
    public BigDecimal yearEndForecast() {
        if (consumed == null) {
            return BigDecimal.ZERO;
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        if (asOf == null || asOf.isBefore(first)) {
            return consumed;
        }
        long elapsed = ChronoUnit.DAYS.between(first, asOf) + 1;
        int days = Year.of(year).length();
        if (elapsed >= days) {
            return consumed;
        }
        return consumed.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(elapsed), 2, RoundingMode.HALF_UP);
    }

    /** A share of the ceiling, for the 80 % and 100 % marks; null while no amount is set. */
    public BigDecimal mark(int percentOfCeiling) {
        return ceilingAmount == null ? null
                : ceilingAmount.multiply(BigDecimal.valueOf(percentOfCeiling)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    /** At or past the 80 % warning mark, so the row is marked for the eye too (not by colour alone). */
    public boolean warning() {
        return percent != null && percent >= 80;
    }
}
