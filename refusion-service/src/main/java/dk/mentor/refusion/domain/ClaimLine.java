package dk.mentor.refusion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

/** A ledger line taken into a claim, with the refund it was given there. */
@Entity
@Table(name = "claim_line")
public class ClaimLine {

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "claim_id")
        private UUID claimId;
        @Column(name = "expense_line_id")
        private UUID expenseLineId;

        protected Key() {
        }

        Key(UUID claimId, UUID expenseLineId) {
            this.claimId = claimId;
            this.expenseLineId = expenseLineId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && claimId.equals(k.claimId) && expenseLineId.equals(k.expenseLineId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(claimId, expenseLineId);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false)
    private BigDecimal refund;

    protected ClaimLine() {
    }

    public static ClaimLine of(UUID claimId, ExpenseLine line, BigDecimal refund) {
        ClaimLine claimLine = new ClaimLine();
        claimLine.key = new Key(claimId, line.id());
        claimLine.amount = line.amount();
        claimLine.refund = Money.of(refund);
        return claimLine;
    }

    public BigDecimal amount() { return amount; }
    public BigDecimal refund() { return refund; }
}
