package dk.mentor.dashboard.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One ledger line of a claim, with what was claimed for it and the refund it got there. */
public record ClaimLine(Line line, BigDecimal amount, BigDecimal refund) {

    /** The part of the ledger line the claim page shows (the plan and citizen stay ids, never names). */
    public record Line(LocalDate expenseDate, String legalBasis, String expenseType, int minutes, String accountCode,
                       BigDecimal refundRate) {
    }
}
