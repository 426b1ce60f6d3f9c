package dk.mentor.followup.application;

import dk.mentor.contracts.codes.Attendance;
import dk.mentor.followup.domain.Dimension;
import dk.mentor.followup.domain.Goal;
import dk.mentor.followup.domain.Meeting;
import dk.mentor.followup.domain.Plan;
import dk.mentor.followup.domain.Progression;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A plan's progress report, laid out like a rehabilitation plan for the caseworker (seed 001 p.19):
 * the goals, the rating series with its trend, the dimensions' change, and the meetings' dosage.
 */
public record ProgressReport(Plan plan, List<Goal> goals, List<Point> series, Trend trend,
                             Map<Dimension, Change> dimensions, Map<Attendance, Integer> attendance,
                             Map<String, Integer> minutesByLegalBasis, int sanctionRelevantAbsences) {

    public enum Trend { RISING, STABLE, FALLING, NOT_ENOUGH_RATINGS }

    public record Point(LocalDate ratedOn, int labourMarketScore) {
    }

    public record Change(int first, int latest) {
        public int delta() {
            return latest - first;
        }
    }

    public static ProgressReport of(Plan plan, List<Goal> goals, List<Progression> ratings, List<Meeting> meetings) {
        List<Point> series = ratings.stream().map(r -> new Point(r.ratedOn(), r.labourMarketScore())).toList();
        Map<Dimension, Change> dimensions = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            List<Integer> scores = ratings.stream().map(r -> r.dimensions().get(d)).filter(s -> s != null).toList();
            if (!scores.isEmpty()) {
                dimensions.put(d, new Change(scores.get(0), scores.get(scores.size() - 1)));
            }
        }
        Map<Attendance, Integer> attendance = new EnumMap<>(Attendance.class);
        Map<String, Integer> minutes = new TreeMap<>();
        int sanctionRelevant = 0;
        for (Meeting m : meetings) {
            attendance.merge(m.attendance(), 1, Integer::sum);
            m.minutes().forEach(b -> minutes.merge(b.legalBasis(), b.minutes(), Integer::sum));
            sanctionRelevant += m.sanctionRelevant() ? 1 : 0;
        }
        return new ProgressReport(plan, goals, series, trend(series), dimensions, attendance, minutes, sanctionRelevant);
    }

    /** The trend compares the latest rating with the first: a rise of one step or more counts. */
    static Trend trend(List<Point> series) {
        if (series.size() < 2) {
            return Trend.NOT_ENOUGH_RATINGS;
        }
        int delta = series.get(series.size() - 1).labourMarketScore() - series.get(0).labourMarketScore();
        return delta > 0 ? Trend.RISING : delta < 0 ? Trend.FALLING : Trend.STABLE;
    }
}
