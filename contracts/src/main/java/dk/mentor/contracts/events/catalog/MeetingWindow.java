package dk.mentor.contracts.events.catalog;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A weekly window in which a mentor can meet, e.g. Tuesday 08:00-16:00. Many citizens only meet in
 * working hours, so matching compares windows, not just days.
 *
 * @param day  the day of the week, e.g. TUESDAY
 * @param from the start, local Danish time
 * @param to   the end, after {@code from}
 */
public record MeetingWindow(DayOfWeek day, LocalTime from, LocalTime to) {

    public MeetingWindow {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("A meeting window must end after it starts: " + from + "-" + to);
        }
    }

    /** True when the two windows share at least one minute on the same day. */
    public boolean overlaps(MeetingWindow other) {
        return day == other.day && from.isBefore(other.to) && other.from.isBefore(to);
    }
}
