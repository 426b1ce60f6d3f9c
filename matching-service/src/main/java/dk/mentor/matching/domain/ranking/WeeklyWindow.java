package dk.mentor.matching.domain.ranking;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A weekly window in which a mentor can (or a citizen wishes to) meet, e.g. Tuesday 08:00-16:00, local
 * Danish time. Many citizens only meet in working hours, so ranking compares windows, not just days.
 */
public record WeeklyWindow(DayOfWeek day, LocalTime from, LocalTime to) {

    public WeeklyWindow {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("A meeting window must end after it starts: " + from + "-" + to);
        }
    }

    /** True when the two windows share at least one minute on the same day. */
    public boolean overlaps(WeeklyWindow other) {
        return day == other.day && from.isBefore(other.to) && other.from.isBefore(to);
    }
}
