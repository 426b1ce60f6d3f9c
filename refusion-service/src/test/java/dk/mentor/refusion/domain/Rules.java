package dk.mentor.refusion.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Rule rows as the seeding migration writes them, for plain unit tests. */
final class Rules {

    private Rules() {
    }

    static RuleSet row(String regime, String basis, String targetGroup, ExpenseType type, String rate,
                       CeilingKind ceiling, String ceilingAmount, String from, String to) {
        return RuleSet.create(new RuleSet.Terms(regime, basis, targetGroup, type, null, new BigDecimal(rate), ceiling,
                ceilingAmount == null ? null : new BigDecimal(ceilingAmount), "5.68.90.018", ClaimPeriod.QUARTER,
                LocalDate.parse(from), to == null ? null : LocalDate.parse(to), false, "test"), "test", OffsetDateTime.now());
    }

    static RuleSet lab2009() {
        return row("LAB_2009", "LAB_78", null, ExpenseType.WAGE, "0.5", CeilingKind.NONE, null, "2009-07-06", "2013-12-31");
    }

    static RuleSet lab2009YoungException() {
        return row("LAB_2009", "LAB_78", "VULNERABLE_YOUNG_UNEMPLOYED", ExpenseType.WAGE, "0.0", CeilingKind.NONE, null,
                "2009-07-06", "2013-12-31");
    }

    static RuleSet lab2014() {
        return row("LAB_2014", "LAB_31B", null, ExpenseType.WAGE, "0.5", CeilingKind.REFUSION_CEILING, null,
                "2014-01-01", "2015-12-31");
    }

    static RuleSet inl2009InFrame() {
        return row("INL_2009", "INL_23D", null, ExpenseType.WAGE, "0.5", CeilingKind.RAADIGHEDSBELOEB, null,
                "2009-07-06", "2018-12-31");
    }

    static RuleSet lab2016() {
        return row("LAB_2016", "LAB_31B", null, ExpenseType.WAGE, "0.5", CeilingKind.RAADIGHEDSBELOEB, null,
                "2016-01-01", "2018-12-31");
    }

    static RuleSet sel85() {
        return row("SEL", "SEL_85", null, ExpenseType.WAGE, "0.0", CeilingKind.NONE, null, "2006-01-01", null);
    }
}
