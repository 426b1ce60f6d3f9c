package dk.mentor.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for what another service learns through the broker: polls a read until it shows the effect. */
public final class Poll {

    /** Generous: a consumer that rejoins after a restart may need a rebalance first. */
    public static final Duration EVENTS = Duration.ofSeconds(90);
    private static final Duration INTERVAL = Duration.ofMillis(50);

    private Poll() {
    }

    public static <T> T until(String what, Supplier<T> read, Predicate<T> done) {
        return until(what, EVENTS, read, done);
    }

    public static <T> T until(String what, Duration timeout, Supplier<T> read, Predicate<T> done) {
        Instant deadline = Instant.now().plus(timeout);
        T last = null;
        while (Instant.now().isBefore(deadline)) {
            last = read.get();
            if (done.test(last)) {
                return last;
            }
            try {
                Thread.sleep(INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
        throw new IllegalStateException("waited " + timeout.toSeconds() + " s for " + what + "; last seen: " + last);
    }
}
