package dk.mentor.refusion.api;

import dk.mentor.refusion.application.FindClaims;
import dk.mentor.refusion.domain.Claim;
import dk.mentor.refusion.domain.ClaimedLine;
import dk.mentor.refusion.domain.ExpenseLine;

/**
 * A claim as a CSV for the finance system: one row per line, then the totals. It holds no CPR
 * number: citizens appear only by the plan's id.
 */
final class ClaimCsv {

    private static final String HEADER = "line_id,expense_date,kind,legal_basis,account_code,plan_id,mentor_id,"
            + "minutes,hourly_rate,amount,refund_rate,refund,source_event_id,reverses";

    private ClaimCsv() {
    }

    static String of(FindClaims.Full full) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (ClaimedLine claimed : full.lines()) {
            ExpenseLine l = claimed.line();
            csv.append(String.join(",", str(l.id()), str(l.expenseDate()), str(l.kind()), str(l.legalBasis()),
                    field(l.accountCode()), str(l.planId()), str(l.mentorId()), str(l.minutes()), str(l.hourlyRate()),
                    str(claimed.amount()), str(l.refundRate()), str(claimed.refund()),
                    field(l.sourceEventId()), str(l.reverses()))).append("\r\n");
        }
        Claim c = full.claim();
        csv.append("total,,,,,,,,,").append(c.totalExpense()).append(",,").append(c.lineRefundTotal()).append(",,\r\n");
        csv.append("ceiling_adjustment,,,,,,,,,,,").append(c.ceilingAdjustment()).append(",,\r\n");
        csv.append("total_refund,,,,,,,,,,,").append(c.totalRefund()).append(",,\r\n");
        return csv.toString();
    }

    private static String str(Object value) {
        return value == null ? "" : value.toString();
    }

    /** A CSV field, quoted when it holds a separator or a quote. */
    private static String field(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
