package dk.mentor.catalog.domain;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * One ISO week of a coordinator's work against the norm: the mentors assigned at the week's end (or
 * today, in the running week), the hours logged, what the norm expects for that many mentors, and the
 * verdict. {@code norm} fields are null when no norm row is in force on the week's Monday.
 */
public record CoordinatorWeek(LocalDate monday, String isoWeek, int mentors, BigDecimal coordinationHours,
                              BigDecimal teachingHours, BigDecimal expectedMin, BigDecimal expectedMax,
                              CoordinatorNorm.Verdict verdict) {

    /** The {@code count} weeks up to and including today's, newest first. */
    public static List<CoordinatorWeek> lastWeeks(int count, LocalDate today, List<CoordinatorAssignment> assignments,
                                                  List<CoordinationHours> hours, List<CoordinatorNorm> norms) {
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<CoordinatorWeek> weeks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate monday = thisMonday.minusWeeks(i);
            LocalDate sunday = monday.plusDays(6);
            LocalDate counted = sunday.isAfter(today) ? today : sunday;
            int mentors = (int) assignments.stream().filter(a -> a.inForceOn(counted)).map(CoordinatorAssignment::mentorId)
                    .distinct().count();
            BigDecimal coordination = sum(hours, monday, sunday, CoordinationHours.Kind.COORDINATION);
            BigDecimal teaching = sum(hours, monday, sunday, CoordinationHours.Kind.TEACHING);
            CoordinatorNorm norm = norms.stream().filter(n -> n.inForceOn(monday)).findFirst().orElse(null);
            weeks.add(new CoordinatorWeek(monday,
                    monday.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
                    mentors, coordination, teaching, norm == null ? null : norm.expectedMin(mentors),
                    norm == null ? null : norm.expectedMax(mentors),
                    norm == null ? null : norm.judge(mentors, coordination, teaching)));
        }
        return weeks;
    }

    private static BigDecimal sum(List<CoordinationHours> hours, LocalDate from, LocalDate to, CoordinationHours.Kind kind) {
        return hours.stream().filter(h -> h.kind() == kind && !h.workedOn().isBefore(from) && !h.workedOn().isAfter(to))
                .map(CoordinationHours::hours).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }
}
