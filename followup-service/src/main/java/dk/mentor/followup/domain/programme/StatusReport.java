package dk.mentor.followup.domain.programme;

import dk.mentor.contracts.codes.ClosureOutcome;
import dk.mentor.followup.domain.programme.Suppression.Cell;
import dk.mentor.followup.domain.registration.Coded;
import dk.mentor.followup.domain.programme.Suppression.Sum;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * A programme's quarterly status report (seed 003 pp.3-4: status notes with the quantitative data of
 * the common registration; the closure-status distribution and hours per quarter of §8.3): counts of
 * citizens per municipality and for the programme, with {@link Suppression} applied, and averages
 * (days in the course, rating change, registered cost per citizen) shown only over five citizens or more.
 * A column per member municipality, then the programme's total.
 */
public final class StatusReport {

    public static final String TOTAL = "TOTAL";

    /** A counted measure; {@code parent} is the measure its count is part of within a column, if any. */
    public record Measure(String key, String parent, Predicate<CourseFacts> counts) {
    }

    /** An average over the citizens of a measure. */
    public record Average(String key, String base, Predicate<CourseFacts> over, ToLongFunction<CourseFacts> value,
                          boolean money) {
    }

    /** A count as shown in one column. */
    public record Shown(String column, Long count, boolean suppressed) {
    }

    /** An average as shown in one column: null when its base is too small or suppressed (then flagged) or empty. */
    public record ShownAverage(String column, BigDecimal value, boolean suppressed) {
    }

    public record CountRow(String measure, List<Shown> cells) {
    }

    public record AverageRow(String measure, List<ShownAverage> cells) {
    }

    private final List<String> columns;
    private final List<CountRow> counts;
    private final List<AverageRow> averages;

    private StatusReport(List<String> columns, List<CountRow> counts, List<AverageRow> averages) {
        this.columns = columns;
        this.counts = counts;
        this.averages = averages;
    }

    public static List<Measure> measures() {
        List<Measure> m = new ArrayList<>();
        m.add(new Measure("CITIZENS", null, f -> true));
        m.add(new Measure("STARTED", null, CourseFacts::startedInQuarter));
        m.add(new Measure("ACTIVE_AT_END", "CITIZENS", CourseFacts::activeAtEnd));
        m.add(new Measure("QUARTERLY_REGISTERED", null, f -> f.quarterlyRegistrations() > 0));
        m.add(new Measure("CLOSED", "CITIZENS", f -> f.closedOn() != null));
        for (ClosureOutcome status : ClosureOutcome.values()) {
            m.add(new Measure("CLOSED_" + status.name(), "CLOSED", f -> f.closureStatus() == status));
        }
        m.add(new Measure("RATED_TWICE", null, f -> f.scoreChange() != null));
        m.add(new Measure("IMPROVED", "RATED_TWICE", f -> f.scoreChange() != null && f.scoreChange() > 0));
        m.add(new Measure("UNCHANGED", "RATED_TWICE", f -> f.scoreChange() != null && f.scoreChange() == 0));
        m.add(new Measure("WORSENED", "RATED_TWICE", f -> f.scoreChange() != null && f.scoreChange() < 0));
        return m;
    }

    public static List<Average> averagesDefined() {
        return List.of(
                new Average("DAYS_START_TO_CLOSURE", "CLOSED", f -> f.closedOn() != null, CourseFacts::daysInCourse, false),
                new Average("DAYS_START_TO_QUARTER_END", "ACTIVE_AT_END", CourseFacts::activeAtEnd, CourseFacts::daysInCourse, false),
                new Average("RATING_CHANGE", "RATED_TWICE", f -> f.scoreChange() != null, f -> f.scoreChange(), false),
                new Average("REGISTERED_COST_PER_CITIZEN", "CITIZENS", f -> true,
                        f -> f.registeredCost().movePointRight(2).longValueExact(), true));
    }

    /** Counts the facts per member municipality and for the programme, then suppresses. */
    public static StatusReport of(List<String> municipalities, List<CourseFacts> facts) {
        List<String> columns = new ArrayList<>(municipalities);
        columns.add(TOTAL);
        Map<String, Map<String, Cell>> cells = new LinkedHashMap<>();
        for (Measure measure : measures()) {
            Map<String, Cell> row = new LinkedHashMap<>();
            for (String column : columns) {
                row.put(column, new Cell(facts.stream().filter(f -> in(f, column)).filter(measure.counts()).count()));
            }
            cells.put(measure.key(), row);
        }
        Suppression.protect(sums(columns, cells));
        List<CountRow> counts = cells.entrySet().stream().map(e -> new CountRow(e.getKey(), columns.stream()
                .map(c -> new Shown(c, e.getValue().get(c).shown(), e.getValue().get(c).suppressed())).toList())).toList();
        List<AverageRow> averages = averagesDefined().stream().map(a -> new AverageRow(a.key(), columns.stream()
                .map(c -> average(c, a, cells.get(a.base()).get(c), facts.stream().filter(f -> in(f, c)).filter(a.over()).toList()))
                .toList())).toList();
        return new StatusReport(columns, counts, averages);
    }

    private static boolean in(CourseFacts f, String column) {
        return column.equals(TOTAL) || column.equals(f.municipality());
    }

    private static List<Sum> sums(List<String> columns, Map<String, Map<String, Cell>> cells) {
        List<Sum> sums = new ArrayList<>();
        List<String> municipalities = columns.subList(0, columns.size() - 1);
        for (Map<String, Cell> row : cells.values()) {
            sums.add(new Sum(municipalities.stream().map(row::get).toList(), row.get(TOTAL)));
        }
        for (String column : columns) {
            for (String parent : List.of("CITIZENS", "CLOSED", "RATED_TWICE")) {
                List<Cell> parts = measures().stream().filter(m -> parent.equals(m.parent()))
                        .map(m -> cells.get(m.key()).get(column)).toList();
                sums.add(new Sum(parts, cells.get(parent).get(column)));
            }
        }
        return sums;
    }

    private static ShownAverage average(String column, Average a, Cell base, List<CourseFacts> over) {
        if (base.suppressed() || (over.size() > 0 && over.size() < Suppression.THRESHOLD)) {
            return new ShownAverage(column, null, true);
        }
        if (over.isEmpty()) {
            return new ShownAverage(column, null, false);
        }
        long sum = over.stream().mapToLong(a.value()).sum();
        BigDecimal mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(over.size()), 2, RoundingMode.HALF_UP);
        return new ShownAverage(column, a.money() ? mean.movePointLeft(2).setScale(2, RoundingMode.HALF_UP) : mean, false);
    }

    /** The Danish name of a measure or average, as the report's readers see it. */
    public static String label(String measure) {
        if (measure.startsWith("CLOSED_")) {
            return "Afsluttet: " + Coded.labelOf(ClosureOutcome.valueOf(measure.substring("CLOSED_".length())));
        }
        return Coded.text("Measure." + measure);
    }

    public List<String> columns() { return columns; }
    public List<CountRow> counts() { return counts; }
    public List<AverageRow> averages() { return averages; }
}
