package dk.mentor.followup.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates in the suite are local dates in Denmark, whatever the server's zone. */
final class Dates {

    static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    private Dates() {
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(DENMARK));
    }
}
