package dk.mentor.kit.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Dates in the suite are Danish dates (a meeting at 00:30 on 1 July belongs to July, not to the
 * 30 June of UTC). Instants stay in UTC; only the step from an instant to a date goes through here.
 */
public final class DanishTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private DanishTime() {
    }

    /** Today's date in Denmark by the given clock (the services' clock runs in UTC). */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
