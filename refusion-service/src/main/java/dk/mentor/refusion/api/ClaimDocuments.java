package dk.mentor.refusion.api;

import dk.mentor.refusion.application.FindClaims;
import dk.mentor.refusion.domain.Claim;
import dk.mentor.refusion.domain.ExpenseLine;
import dk.mentor.refusion.infra.persistence.ClaimRepository;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * A claim as the forms the coordinators used to fill in by hand (000 p.23): a CSV for the finance
 * system, and a printable HTML document with totals per account code and legal basis and every line.
 * Neither holds a CPR number: citizens appear only by the plan's id.
 */
final class ClaimDocuments {

    private static final String CSV_HEADER = "line_id,expense_date,kind,legal_basis,account_code,plan_id,mentor_id,"
            + "minutes,hourly_rate,amount,refund_rate,refund,source_event_id,reverses";

    private ClaimDocuments() {
    }

    static String csv(FindClaims.Full full) {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append("\r\n");
        for (ClaimRepository.Row row : full.lines()) {
            ExpenseLine l = row.line();
            csv.append(String.join(",", str(l.id()), str(l.expenseDate()), str(l.kind()), str(l.legalBasis()),
                    field(l.accountCode()), str(l.planId()), str(l.mentorId()), str(l.minutes()), str(l.hourlyRate()),
                    str(row.claimLine().amount()), str(l.refundRate()), str(row.claimLine().refund()),
                    field(l.sourceEventId()), str(l.reverses()))).append("\r\n");
        }
        Claim c = full.claim();
        csv.append("total,,,,,,,,,").append(c.totalExpense()).append(",,").append(c.lineRefundTotal()).append(",,\r\n");
        csv.append("ceiling_adjustment,,,,,,,,,,,").append(c.ceilingAdjustment()).append(",,\r\n");
        csv.append("total_refund,,,,,,,,,,,").append(c.totalRefund()).append(",,\r\n");
        return csv.toString();
    }

    static String html(FindClaims.Full full) {
        Claim c = full.claim();
        Map<String, BigDecimal[]> byAccount = new TreeMap<>();
        for (ClaimRepository.Row row : full.lines()) {
            String key = esc(row.line().accountCode() == null ? "(no account code)" : row.line().accountCode())
                    + " &middot; " + esc(row.line().legalBasis());
            BigDecimal[] sums = byAccount.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(row.claimLine().amount());
            sums[1] = sums[1].add(row.claimLine().refund());
        }
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\">")
                .append("<title>Refusionsanmodning ").append(esc(c.id())).append("</title>")
                .append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%}")
                .append("td,th{border:1px solid #999;padding:3px 6px;font-size:0.85em}td.n{text-align:right}")
                .append("@media print{body{margin:0}}</style></head><body>\n")
                .append("<h1>Refusionsanmodning (refusion claim)</h1>\n<table>")
                .append(row("Claim", esc(c.id()))).append(row("Municipality (kommunekode)", esc(c.municipality())))
                .append(row("Regime", esc(c.regime()))).append(row("Period", esc(c.periodFrom()) + " &ndash; " + esc(c.periodTo())))
                .append(row("Status", esc(c.status()))).append(row("Supplements claim", esc(c.supplementTo())))
                .append(row("Total expense (kr.)", esc(c.totalExpense()))).append(row("Refund of lines (kr.)", esc(c.lineRefundTotal())))
                .append(row("Ceiling adjustment (kr.)", esc(c.ceilingAdjustment()))).append(row("Refund claimed (kr.)", esc(c.totalRefund())))
                .append(row("Drafted by", esc(c.createdBy()) + ", " + esc(c.createdAt()))).append("</table>\n")
                .append("<h2>Per account code and legal basis</h2>\n<table><tr><th>Account &middot; basis</th><th>Expense</th><th>Refund</th></tr>");
        byAccount.forEach((key, sums) -> h.append("<tr><td>").append(key).append("</td><td class=\"n\">").append(sums[0])
                .append("</td><td class=\"n\">").append(sums[1]).append("</td></tr>"));
        h.append("</table>\n<h2>Lines</h2>\n<table><tr><th>Date</th><th>Kind</th><th>Basis</th><th>Plan</th>")
                .append("<th>Minutes</th><th>Rate</th><th>Amount</th><th>Refund</th><th>Source event</th></tr>");
        for (ClaimRepository.Row row : full.lines()) {
            ExpenseLine l = row.line();
            h.append("<tr><td>").append(esc(l.expenseDate())).append("</td><td>").append(esc(l.kind()))
                    .append(l.reverses() == null ? "" : " (reversal)").append("</td><td>").append(esc(l.legalBasis()))
                    .append("</td><td>").append(esc(l.planId())).append("</td><td class=\"n\">").append(l.minutes())
                    .append("</td><td class=\"n\">").append(esc(l.hourlyRate())).append("</td><td class=\"n\">")
                    .append(row.claimLine().amount()).append("</td><td class=\"n\">").append(row.claimLine().refund())
                    .append("</td><td>").append(esc(l.sourceEventId())).append("</td></tr>");
        }
        return h.append("</table>\n</body></html>\n").toString();
    }

    private static String row(String label, String value) {
        return "<tr><th>" + label + "</th><td>" + value + "</td></tr>";
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

    private static String esc(Object value) {
        if (value == null) {
            return "";
        }
        return value.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
