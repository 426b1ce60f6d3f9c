package dk.mentor.refusion.api;

import dk.mentor.kit.csv.DanishCsv;
import dk.mentor.refusion.application.FindClaims;
import dk.mentor.refusion.domain.Claim;
import dk.mentor.refusion.domain.ClaimedLine;
import dk.mentor.refusion.domain.ExpenseLine;
import dk.mentor.refusion.domain.RateGroup;
import dk.mentor.refusion.domain.RuleSet;
import dk.mentor.refusion.domain.RuleStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A claim as a CSV for the finance system, in the Danish Excel format: one row per line, then one row
 * per refund rate (the refund is rounded once per rate), then the totals in the amount and refund
 * columns. Each line says how settled its rule is (rule_status), and so does the claim's last row.
 * It holds no CPR number: citizens appear only by the plan's id.
 */
final class ClaimCsv {

    private static final List<String> HEADER = List.of("line_id", "expense_date", "kind", "legal_basis", "account_code",
            "plan_id", "mentor_id", "minutes", "hourly_rate", "amount", "refund_rate", "refund", "source_event_id",
            "reverses", "rule_status");
    private static final int AMOUNT = HEADER.indexOf("amount");
    private static final int REFUND = HEADER.indexOf("refund");
    private static final int RATE = HEADER.indexOf("refund_rate");
    private static final int RULE_STATUS = HEADER.indexOf("rule_status");

    private ClaimCsv() {
    }

    static byte[] of(FindClaims.Full full) {
        Map<UUID, RuleStatus> unsettled = full.unsettledRules().stream()
                .collect(Collectors.toMap(RuleSet::id, RuleSet::status));
        List<List<?>> rows = new ArrayList<>();
        for (ClaimedLine claimed : full.lines()) {
            ExpenseLine l = claimed.line();
            rows.add(Arrays.asList(l.id(), l.expenseDate(), l.kind(), l.legalBasis(), l.accountCode(), l.planId(),
                    l.mentorId(), l.minutes(), l.hourlyRate(), claimed.amount(), l.refundRate(), claimed.refund(),
                    l.sourceEventId(), l.reverses(), unsettled.getOrDefault(l.ruleSetId(), RuleStatus.IN_FORCE)));
        }
        for (RateGroup group : full.rateGroups()) {
            List<Object> row = total("rate_group", group.amount(), group.refund());
            row.set(RATE, group.rate());
            rows.add(row);
        }
        Claim c = full.claim();
        rows.add(total("total", c.totalExpense(), c.lineRefundTotal()));
        rows.add(total("ceiling_adjustment", null, c.ceilingAdjustment()));
        List<Object> last = total("total_refund", null, c.totalRefund());
        last.set(RULE_STATUS, full.ruleStatus());
        rows.add(last);
        return DanishCsv.write(HEADER, rows);
    }

    private static List<Object> total(String label, BigDecimal amount, BigDecimal refund) {
        Object[] row = new Object[HEADER.size()];
        row[0] = label;
        row[AMOUNT] = amount;
        row[REFUND] = refund;
        return Arrays.asList(row);
    }
}
