package dk.mentor.refusion.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Training hours as the ledger records them. The catalogue gives hours with decimals (1.75); the
 * ledger counts whole minutes, rounded half-up rather than cut off (0.999 hours is 60 minutes, not 59),
 * and the wage is the exact hours at the rate, rounded once.
 */
public final class TrainingHours {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private TrainingHours() {
    }

    public static int minutes(BigDecimal hours) {
        return hours.multiply(SIXTY).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    /** The wage for the hours at an hourly rate, from the exact hours rather than the rounded minutes. */
    public static BigDecimal wage(BigDecimal hours, BigDecimal hourlyRate) {
        return Money.of(hours.multiply(hourlyRate));
    }
}
