package dk.mentor.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A weekly window in which a mentor can meet, e.g. Tuesday 08:00-16:00, local Danish time. Stored with
 * the ISO day (1 = Monday) so windows sort by weekday.
 */
@Embeddable
public class WeeklyWindow {

    @Column(name = "day_of_week", nullable = false)
    private int dayOfWeek;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    protected WeeklyWindow() {
    }

    /** @throws IllegalArgumentException when the window does not end after it starts */
    public static WeeklyWindow of(DayOfWeek day, LocalTime from, LocalTime to) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("A meeting window must end after it starts: " + from + "-" + to);
        }
        WeeklyWindow w = new WeeklyWindow();
        w.dayOfWeek = day.getValue();
        w.startsAt = from;
        w.endsAt = to;
        return w;
    }

    /** True when the two windows share at least one minute on the same day. */
    public boolean overlaps(WeeklyWindow other) {
        return dayOfWeek == other.dayOfWeek && startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }

    public DayOfWeek day() { return DayOfWeek.of(dayOfWeek); }
    public LocalTime from() { return startsAt; }
    public LocalTime to() { return endsAt; }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeeklyWindow w && dayOfWeek == w.dayOfWeek && startsAt.equals(w.startsAt) && endsAt.equals(w.endsAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dayOfWeek, startsAt, endsAt);
    }
}
