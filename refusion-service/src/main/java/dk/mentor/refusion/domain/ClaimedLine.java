package dk.mentor.refusion.domain;

import java.math.BigDecimal;

/** A ledger line as a claim took it: the line, and the amount and refund it was claimed with. */
public record ClaimedLine(ClaimLine claimLine, ExpenseLine line) {

    public BigDecimal amount() {
        return claimLine.amount();
    }

    public BigDecimal refund() {
        return claimLine.refund();
    }
}
