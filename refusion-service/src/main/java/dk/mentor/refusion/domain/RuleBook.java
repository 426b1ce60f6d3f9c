package dk.mentor.refusion.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Picks the rule row that judges an expense: the most specific row in force on the expense's date. */
public final class RuleBook {

    private static final Comparator<RuleSet> PREFERENCE = Comparator.comparingInt(RuleSet::specificity)
            .thenComparing(RuleSet::validFrom);

    private RuleBook() {
    }

    public static Optional<RuleSet> judge(List<RuleSet> candidates, String legalBasis, ExpenseType type,
                                          Collection<String> targetGroups, String municipality, LocalDate date) {
        if (legalBasis == null) {
            return Optional.empty();
        }
        return candidates.stream()
                .filter(rule -> rule.appliesTo(legalBasis, type, targetGroups, municipality, date))
                .max(PREFERENCE);
    }

    /**
     * The ceiling of a regime's kind for a municipality in a year: its own row if it has one, else the
     * general row; the latest row in force during the year wins. Empty when no row names an amount yet.
     */
    public static Optional<BigDecimal> ceilingAmount(List<RuleSet> candidates, CeilingFrame frame, String municipality,
                                                     int year) {
        return candidates.stream()
                .filter(rule -> rule.regime().equals(frame.regime()) && rule.ceilingKind() == frame.kind())
                .filter(rule -> rule.inForceDuring(year))
                .filter(rule -> rule.municipality() == null || rule.municipality().equals(municipality))
                .max(PREFERENCE)
                .map(RuleSet::ceilingAmount);
    }
}
