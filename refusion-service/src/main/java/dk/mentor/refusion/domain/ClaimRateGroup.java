package dk.mentor.refusion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A claim's refund at one rate, as it was computed when the claim was drafted. */
@Entity
@Table(name = "claim_rate_group")
public class ClaimRateGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id", nullable = false, updatable = false)
    private UUID claimId;

    @Column(name = "refund_rate", nullable = false, updatable = false)
    private BigDecimal refundRate;

    @Column(name = "line_count", nullable = false, updatable = false)
    private int lineCount;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    // Null for a claim drafted before the refund was rounded per rate: its lines' bases were not kept.
    @Column(updatable = false)
    private BigDecimal refundable;

    @Column(nullable = false, updatable = false)
    private BigDecimal refund;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RefundRounding rounding;

    protected ClaimRateGroup() {
    }

    public static ClaimRateGroup of(UUID claimId, RateGroup group) {
        ClaimRateGroup row = new ClaimRateGroup();
        row.claimId = claimId;
        row.refundRate = group.rate();
        row.lineCount = group.lines();
        row.amount = group.amount();
        row.refundable = group.refundable();
        row.refund = group.refund();
        row.rounding = group.rounding();
        return row;
    }

    public RateGroup group() {
        return new RateGroup(refundRate.stripTrailingZeros(), lineCount, amount, refundable, refund, rounding);
    }
}
