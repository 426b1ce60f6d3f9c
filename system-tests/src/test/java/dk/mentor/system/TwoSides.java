package dk.mentor.system;

import dk.mentor.demo.Api;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A client in front of two instances of every service, as behind a load balancer: call {@code n}
 * goes to the first instance when {@code n} is even and to the second when odd. A call to a second
 * instance that was killed fails to connect and is sent again, with the same Idempotency-Key, to the
 * first one. Any other failure, on either side, propagates: no request to a live instance may fail.
 */
final class TwoSides {

    private final Api first;
    private final Api second;
    private final Set<String> killed = new HashSet<>();
    private final AtomicInteger toFirst = new AtomicInteger();
    private final AtomicInteger toSecond = new AtomicInteger();
    private final AtomicInteger retried = new AtomicInteger();

    TwoSides(Api first, Api second) {
        this.first = first;
        this.second = second;
    }

    /** From now on a refused connection to this service's second instance is the kill's doing, and retried. */
    synchronized void killedSecond(String service) {
        killed.add(service);
    }

    /** Sends the call to the side {@code n} picks; {@code call} must carry its own Idempotency-Key, so a retry replays. */
    <T> T call(String service, int n, Function<Api, T> call) {
        if (n % 2 == 0) {
            toFirst.incrementAndGet();
            return call.apply(first);
        }
        toSecond.incrementAndGet();
        try {
            return call.apply(second);
        } catch (IllegalStateException e) {
            if (!(e.getCause() instanceof IOException) || !isKilled(service)) {
                throw e; // a live instance failed: that must never happen
            }
            retried.incrementAndGet();
            toFirst.incrementAndGet();
            return call.apply(first);
        }
    }

    private synchronized boolean isKilled(String service) {
        return killed.contains(service);
    }

    /** Requests sent to each side and those retried on the survivor after the kill. */
    String counts() {
        return "%d to the first instances, %d to the second, %d retried on the survivor after a kill"
                .formatted(toFirst.get(), toSecond.get(), retried.get());
    }

    int retried() {
        return retried.get();
    }
}
