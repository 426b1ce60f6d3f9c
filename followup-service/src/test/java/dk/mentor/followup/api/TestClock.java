package dk.mentor.followup.api;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in the tests: the system's, moved forward by a test that needs days to pass (a
 * deadline, a due day) and put back when it is done. Replaces the kit's default clock for every test.
 */
public final class TestClock extends Clock {

    private static volatile Duration ahead = Duration.ZERO;

    /** Runs the block as if that many days had passed, then puts the clock back. */
    public static void daysLater(long days, Runnable block) {
        ahead = Duration.ofDays(days);
        try {
            block.run();
        } finally {
            ahead = Duration.ZERO;
        }
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), ahead);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead);
    }

    /** Produces it for injection. */
    public static class Producer {

        @Produces
        @Singleton
        Clock clock() {
            return new TestClock();
        }
    }
}
