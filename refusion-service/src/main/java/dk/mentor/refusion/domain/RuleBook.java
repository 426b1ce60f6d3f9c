package dk.mentor.refusion.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Picks the rule row that judges an expense: the most specific row in force on the expense's date. */
public final class RuleBook {

    // Between two equally specific rows (a citizen in two target groups with rows of their own), the
    // lower rate wins: a claim never asks for more than the rules surely give.
    private static final Comparator<RuleSet> PREFERENCE = Comparator.comparingInt(RuleSet::specificity)
            .thenComparing(RuleSet::validFrom)
            .thenComparing(RuleSet::refundRate, Comparator.reverseOrder());

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
     * A target group's row only says which citizens count against the frame, never its amount: a
     * ceiling is the municipality's, for all its citizens.
     */
    public static Optional<BigDecimal> ceilingAmount(List<RuleSet> candidates, CeilingFrame frame, String municipality,
                                                     int year) {
        return frameRows(candidates, frame, municipality, year)
                .max(PREFERENCE)
                .map(RuleSet::ceilingAmount);
    }

    /**
     * How settled the rules of a ceiling are in a year: the least settled row that sets it up. A claim
     * shows how settled the rules of its own lines are.
     */
    public static RuleStatus frameStatus(List<RuleSet> candidates, CeilingFrame frame, String municipality, int year) {
        return RuleStatus.weakestOf(frameRows(candidates, frame, municipality, year).toList());
    }

    /** Whether the ceiling is a frame shared with spending the suite does not record (other active measures). */
    public static boolean sharedFrame(List<RuleSet> candidates, CeilingFrame frame, String municipality, int year) {
        return frameRows(candidates, frame, municipality, year).anyMatch(RuleSet::sharedFrame);
    }

    private static Stream<RuleSet> frameRows(List<RuleSet> candidates, CeilingFrame frame, String municipality, int year) {
        return candidates.stream()
                .filter(rule -> rule.regime().equals(frame.regime()) && rule.ceilingKind() == frame.kind())
                .filter(rule -> rule.inForceDuring(year))
                .filter(rule -> rule.municipality() == null || rule.municipality().equals(municipality))
                .filter(rule -> rule.targetGroup() == null); // a target group's row says who counts, not what the frame is
    }
}
