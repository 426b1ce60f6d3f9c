package dk.mentor.refusion.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.SortedMap;

/**
 * A municipality's consumption under one ceiling in one year, and when the run rate reaches it.
 * The run rate is the year's consumption so far divided by the days elapsed; the forecast is the
 * day the same rate fills what is left, or the day the ceiling was passed, or none within the year.
 *
 * @param consumed          everything counted against the ceiling, also beyond it
 * @param withinCeiling     the part that the ceiling covers
 * @param beyondCeiling     the part spent past the ceiling, which is not refunded
 * @param percent           consumed as a whole percentage of the ceiling
 * @param reachedOn         the day consumption reached the ceiling, or null
 * @param forecastOverrunOn the day the ceiling is or will be reached at the run rate, or null
 */
public record CeilingStatus(int year, CeilingKind kind, BigDecimal ceiling, BigDecimal consumed,
                            BigDecimal withinCeiling, BigDecimal beyondCeiling, int percent, LocalDate asOf,
                            LocalDate reachedOn, LocalDate forecastOverrunOn) {

    /**
     * @param dailyTotals the amount counted against the ceiling per day of the year
     * @param today       the current day; the run rate is measured up to it (or to the year's end)
     */
    public static CeilingStatus of(int year, CeilingKind kind, BigDecimal ceiling,
                                   SortedMap<LocalDate, BigDecimal> dailyTotals, LocalDate today) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate asOf = today.isBefore(first) ? first : today.isAfter(last) ? last : today;
        if (!dailyTotals.isEmpty() && dailyTotals.lastKey().isAfter(asOf)) {
            asOf = dailyTotals.lastKey();
        }
        BigDecimal consumed = Money.ZERO;
        LocalDate reachedOn = null;
        for (Map.Entry<LocalDate, BigDecimal> day : dailyTotals.entrySet()) {
            consumed = consumed.add(day.getValue());
            if (reachedOn == null && consumed.compareTo(ceiling) >= 0 && ceiling.signum() > 0) {
                reachedOn = day.getKey();
            }
        }
        consumed = Money.of(consumed);
        BigDecimal within = Money.of(consumed.max(BigDecimal.ZERO).min(ceiling));
        BigDecimal beyond = Money.of(consumed.subtract(ceiling).max(BigDecimal.ZERO));
        int percent = ceiling.signum() == 0 ? 0
                : consumed.multiply(BigDecimal.valueOf(100)).divide(ceiling, 0, RoundingMode.DOWN).intValue();
        LocalDate forecast = reachedOn != null ? reachedOn : forecast(ceiling, consumed, first, asOf, last);
        return new CeilingStatus(year, kind, ceiling, consumed, within, beyond, percent, asOf, reachedOn, forecast);
    }

    private static LocalDate forecast(BigDecimal ceiling, BigDecimal consumed, LocalDate first, LocalDate asOf,
                                      LocalDate last) {
        if (consumed.signum() <= 0) {
            return null;
        }
        long daysElapsed = ChronoUnit.DAYS.between(first, asOf) + 1;
        long daysToGo = ceiling.subtract(consumed).multiply(BigDecimal.valueOf(daysElapsed))
                .divide(consumed, 0, RoundingMode.CEILING).longValueExact();
        LocalDate overrun = asOf.plusDays(daysToGo);
        return overrun.isAfter(last) ? null : overrun;
    }

    /** Whether consumption has reached the threshold percentage of the ceiling. */
    public boolean reached(int thresholdPercent) {
        return ceiling.signum() > 0
                && consumed.multiply(BigDecimal.valueOf(100)).compareTo(ceiling.multiply(BigDecimal.valueOf(thresholdPercent))) >= 0;
    }
}
