package dk.mentor.matching.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Hours per week as whole hundredths, so ranking compares them exactly and fast. */
public final class Hours {

    private Hours() {
    }

    public static long centi(BigDecimal hours) {
        return hours.movePointRight(2).setScale(0, RoundingMode.DOWN).longValueExact();
    }
}
