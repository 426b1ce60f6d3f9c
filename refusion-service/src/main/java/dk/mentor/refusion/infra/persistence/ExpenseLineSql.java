package dk.mentor.refusion.infra.persistence;

import dk.mentor.contracts.codes.MunicipalityCode;
import dk.mentor.refusion.domain.ExpenseLineFilter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The where clause of a ledger list, for its page and its capped count alike. The municipality is written
 * into the statement, the other criteria are bound, so a list filtered by its municipality alone binds
 * nothing and PostgreSQL plans its count once per connection. As JPQL, with the limit and the code bound,
 * the count was planned anew on every page and read up to 1,001 ids into Java to count them. The code is
 * one of the canonical kommunekoder, so nothing a caller sends reaches the text.
 */
record ExpenseLineSql(String where, Map<String, Object> parameters) {

    static ExpenseLineSql of(ExpenseLineFilter f) {
        StringBuilder where = new StringBuilder(" where l.municipality = '")
                .append(MunicipalityCode.of(f.municipality()).code()).append('\'');
        Map<String, Object> p = new LinkedHashMap<>();
        criterion(where, p, "l.expense_date >= :from", "from", f.from());
        criterion(where, p, "l.expense_date <= :to", "to", f.to());
        criterion(where, p, "l.plan_id = :plan", "plan", f.planId());
        criterion(where, p, "l.meeting_id = :meeting", "meeting", f.meetingId());
        criterion(where, p, "l.regime = :regime", "regime", f.regime());
        criterion(where, p, "l.held = :held", "held", f.held());
        return new ExpenseLineSql(where.toString(), p);
    }

    private static void criterion(StringBuilder where, Map<String, Object> p, String clause, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            p.put(name, value);
        }
    }
}
