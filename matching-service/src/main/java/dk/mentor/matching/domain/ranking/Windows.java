package dk.mentor.matching.domain.ranking;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Meeting windows as text, "TUESDAY 08:00-16:00": the form wishes and the read model store them in. */
public final class Windows {

    private Windows() {
    }

    /** @throws IllegalArgumentException when the text is not "DAY HH:MM-HH:MM" with the end after the start */
    public static WeeklyWindow parse(String text) {
        String[] dayAndTimes = text == null ? new String[0] : text.trim().split("\\s+");
        String[] times = dayAndTimes.length == 2 ? dayAndTimes[1].split("-") : new String[0];
        if (times.length != 2) {
            throw new IllegalArgumentException("a meeting window is written like 'TUESDAY 08:00-16:00': '" + text + "'");
        }
        try {
            return new WeeklyWindow(DayOfWeek.valueOf(dayAndTimes[0].toUpperCase(Locale.ROOT)),
                    LocalTime.parse(times[0]), LocalTime.parse(times[1]));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a meeting window is written like 'TUESDAY 08:00-16:00': '" + text + "'", e);
        }
    }

    public static String format(WeeklyWindow window) {
        return window.day() + " " + window.from() + "-" + window.to();
    }

    public static List<WeeklyWindow> parseAll(List<String> texts) {
        return texts.stream().map(Windows::parse).toList();
    }
}
