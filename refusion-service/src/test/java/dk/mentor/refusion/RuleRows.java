package dk.mentor.refusion;

import java.util.HashMap;
import java.util.Map;

/** A municipality's own rule row as an admin posts it to /api/v1/rule-sets, for a year or more. */
public final class RuleRows {

    private RuleRows() {
    }

    /** A row with no ceiling amount, in force from {@code from} to {@code to} (yyyy-MM-dd). */
    public static Map<String, Object> row(String regime, String legalBasis, String expenseType, String municipality,
                                          String rate, String ceilingKind, String accountCode, String from, String to,
                                          String note) {
        Map<String, Object> row = new HashMap<>();
        row.put("regime", regime);
        row.put("legalBasis", legalBasis);
        row.put("expenseType", expenseType);
        row.put("municipality", municipality);
        row.put("refundRate", rate);
        row.put("ceilingKind", ceilingKind);
        row.put("accountCode", accountCode);
        row.put("claimPeriod", "QUARTER");
        row.put("validFrom", from);
        row.put("validTo", to);
        row.put("placeholder", false);
        row.put("sourceNote", note);
        return row;
    }

    /** The municipality's ceiling amount for wages under a regime's basis, refunded at 50 %. */
    public static Map<String, Object> ceiling(String regime, String legalBasis, String municipality, String ceilingKind,
                                              String amount, String from, String to) {
        Map<String, Object> row = row(regime, legalBasis, "WAGE", municipality, "0.5", ceilingKind, null, from, to,
                "The municipality's own " + ceilingKind.toLowerCase() + " amount");
        row.put("ceilingAmount", amount);
        return row;
    }
}
