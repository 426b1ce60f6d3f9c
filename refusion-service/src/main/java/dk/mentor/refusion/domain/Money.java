package dk.mentor.refusion.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Kroner with two decimals, rounded half-up once per line. */
public final class Money {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private Money() {
    }

    public static BigDecimal of(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal of(String amount) {
        return of(new BigDecimal(amount));
    }

    /** The price of minutes at an hourly rate. */
    public static BigDecimal forMinutes(int minutes, BigDecimal hourlyRate) {
        return of(hourlyRate.multiply(BigDecimal.valueOf(minutes)).divide(SIXTY, 10, RoundingMode.HALF_UP));
    }

    /** A share of an amount, e.g. the refund at a rate. */
    public static BigDecimal share(BigDecimal amount, BigDecimal rate) {
        return of(amount.multiply(rate));
    }
}
