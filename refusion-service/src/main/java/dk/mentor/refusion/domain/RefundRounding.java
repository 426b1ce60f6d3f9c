package dk.mentor.refusion.domain;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * How a claim's refund is rounded to øre. The state computes a refund as the rate times the
 * refundable expense of the claim, rounded once; rounding every line first and adding the results
 * drifts upwards at 50 %, where every odd-øre line rounds half up.
 */
public enum RefundRounding {

    /** Per claim and rate: round(Σ refundable amounts × rate), half up. */
    PER_CLAIM_HALF_UP,
    /** Per line: Σ round(refundable amount × rate), half up; the suite's rule before the per-claim one. */
    PER_LINE_HALF_UP;

    /** The refund of one rate group: the lines' refundable amounts (ceilings applied) at one rate. */
    public BigDecimal refund(Collection<BigDecimal> refundableAmounts, BigDecimal rate) {
        if (this == PER_LINE_HALF_UP) {
            return refundableAmounts.stream().map(a -> Money.share(a, rate)).reduce(Money.ZERO, BigDecimal::add);
        }
        return Money.share(refundableAmounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add), rate);
    }
}
