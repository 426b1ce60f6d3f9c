package dk.mentor.refusion.domain;

import dk.mentor.contracts.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A refusion claim of one municipality for one period under one regime. Its expense total is the sum
 * of its lines; its refund is the sum of its lines' refunds plus the ceiling adjustment, which is
 * non-zero only on a supplementary claim whose late lines moved room under a ceiling.
 */
@Entity
@Table(name = "refusion_claim")
public class Claim {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String municipality;

    @Column(nullable = false, updatable = false)
    private String regime;

    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate periodTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimStatus status;

    @Column(name = "supplement_to", updatable = false)
    private UUID supplementTo;

    @Column(name = "total_expense", nullable = false, updatable = false)
    private BigDecimal totalExpense;

    @Column(name = "line_refund_total", nullable = false, updatable = false)
    private BigDecimal lineRefundTotal;

    @Column(name = "ceiling_adjustment", nullable = false, updatable = false)
    private BigDecimal ceilingAdjustment;

    @Column(name = "total_refund", nullable = false, updatable = false)
    private BigDecimal totalRefund;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "status_changed_at", nullable = false)
    private OffsetDateTime statusChangedAt;

    @Version
    private long version;

    protected Claim() {
    }

    public static Claim draft(UUID id, String municipality, String regime, LocalDate from, LocalDate to,
                              UUID supplementTo, BigDecimal totalExpense, BigDecimal lineRefundTotal,
                              BigDecimal ceilingAdjustment, String createdBy, OffsetDateTime at) {
        Claim claim = new Claim();
        claim.id = id;
        claim.municipality = municipality;
        claim.regime = regime;
        claim.periodFrom = from;
        claim.periodTo = to;
        claim.supplementTo = supplementTo;
        claim.totalExpense = Money.of(totalExpense);
        claim.lineRefundTotal = Money.of(lineRefundTotal);
        claim.ceilingAdjustment = Money.of(ceilingAdjustment);
        claim.totalRefund = Money.of(lineRefundTotal.add(ceilingAdjustment));
        claim.status = ClaimStatus.DRAFT;
        claim.createdBy = createdBy;
        claim.createdAt = at;
        claim.statusChangedAt = at;
        return claim;
    }

    /** @throws RuleViolation if the lifecycle does not allow the move */
    public void moveTo(ClaimStatus target, String reason, OffsetDateTime at) {
        if (!status.next().contains(target)) {
            throw new RuleViolation("A " + status + " claim cannot become " + target
                    + (status.next().isEmpty() ? "; it is final" : "; allowed: " + status.next()));
        }
        if (target == ClaimStatus.REJECTED && (reason == null || reason.isBlank())) {
            throw new RuleViolation("A rejection needs the reason the state gave");
        }
        status = target;
        statusReason = reason;
        statusChangedAt = at;
    }

    public boolean isDraft() {
        return status == ClaimStatus.DRAFT;
    }

    public UUID id() { return id; }
    public String municipality() { return municipality; }
    public String regime() { return regime; }
    public LocalDate periodFrom() { return periodFrom; }
    public LocalDate periodTo() { return periodTo; }
    public ClaimStatus status() { return status; }
    public UUID supplementTo() { return supplementTo; }
    public BigDecimal totalExpense() { return totalExpense; }
    public BigDecimal lineRefundTotal() { return lineRefundTotal; }
    public BigDecimal ceilingAdjustment() { return ceilingAdjustment; }
    public BigDecimal totalRefund() { return totalRefund; }
    public String statusReason() { return statusReason; }
    public String createdBy() { return createdBy; }
    public OffsetDateTime createdAt() { return createdAt; }
    public OffsetDateTime statusChangedAt() { return statusChangedAt; }
    public long version() { return version; }
}
