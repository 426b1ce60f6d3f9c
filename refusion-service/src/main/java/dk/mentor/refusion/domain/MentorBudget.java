package dk.mentor.refusion.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Planned mentor hours of a municipality for a target group in a year, against the hours the ledger
 * holds (seed 001 p.16). The plan is null while no budget is set; actual hours are wage minutes,
 * reversals subtracting.
 */
public record MentorBudget(String municipality, int year, String targetGroup, BigDecimal plannedHours, long version,
                           long actualMinutes) {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    public BigDecimal actualHours() {
        return BigDecimal.valueOf(actualMinutes).divide(SIXTY, 2, RoundingMode.HALF_UP);
    }

    /** Planned minus actual; negative when over budget, null without a plan. */
    public BigDecimal remainingHours() {
        return plannedHours == null ? null : plannedHours.subtract(actualHours()).setScale(2, RoundingMode.HALF_UP);
    }

    /** Actual as a whole percentage of planned, null without a positive plan. */
    public Integer percentUsed() {
        if (plannedHours == null || plannedHours.signum() == 0) {
            return null;
        }
        return actualHours().multiply(BigDecimal.valueOf(100)).divide(plannedHours, 0, RoundingMode.HALF_UP).intValue();
    }

    public String key() {
        return municipality + "/" + year + "/" + targetGroup;
    }
}
