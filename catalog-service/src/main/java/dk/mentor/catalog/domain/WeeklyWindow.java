package dk.mentor.catalog.domain;

import dk.mentor.contracts.events.catalog.MeetingWindow;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** One weekly meeting window as stored; the day is ISO (1 = Monday) so windows sort by weekday. */
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

    static WeeklyWindow of(MeetingWindow window) {
        WeeklyWindow w = new WeeklyWindow();
        w.dayOfWeek = window.day().getValue();
        w.startsAt = window.from();
        w.endsAt = window.to();
        return w;
    }

    public MeetingWindow toMeetingWindow() {
        return new MeetingWindow(DayOfWeek.of(dayOfWeek), startsAt, endsAt);
    }
}
