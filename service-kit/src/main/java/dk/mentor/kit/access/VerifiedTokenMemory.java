package dk.mentor.kit.access;

import io.quarkus.security.identity.SecurityIdentity;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The identities of tokens already verified, each until its token expires or the maximum age has
 * passed, whichever comes first; at most {@code capacity} of them. When it is full, a new token is
 * simply not kept (and so verified on each request) until older ones expire: nothing valid is ever
 * pushed out early, and a flood of tokens costs no more than it did without this memory.
 */
final class VerifiedTokenMemory {

    private static final long SWEEP_INTERVAL_MILLIS = 1_000;

    private final long maxAgeMillis;
    private final int capacity;
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep = new AtomicLong(Long.MIN_VALUE / 2);

    private record Verified(SecurityIdentity identity, long validUntilMillis) {
    }

    VerifiedTokenMemory(Duration maxAge, int capacity) {
        this.maxAgeMillis = maxAge.toMillis();
        this.capacity = capacity;
    }

    /** The identity verified for exactly this token text, or null when there is none still valid at {@code now}. */
    SecurityIdentity find(String token, long now) {
        Verified known = verified.get(token);
        if (known == null) {
            return null;
        }
        if (now < known.validUntilMillis()) {
            return known.identity();
        }
        verified.remove(token, known);
        return null;
    }

    void remember(String token, SecurityIdentity identity, long expiresAtMillis, long now) {
        long validUntil = Math.min(expiresAtMillis, now + maxAgeMillis);
        if (validUntil <= now) {
            return;
        }
        if (verified.size() >= capacity) {
            sweep(now);
        }
        if (verified.size() < capacity) {
            verified.put(token, new Verified(identity, validUntil));
        }
    }

    int size() {
        return verified.size();
    }

    /** Drops expired tokens, at most once a second, so a full memory does not cost a scan on every new token. */
    private void sweep(long now) {
        long last = lastSweep.get();
        if (now - last >= SWEEP_INTERVAL_MILLIS && lastSweep.compareAndSet(last, now)) {
            verified.values().removeIf(entry -> entry.validUntilMillis() <= now);
        }
    }
}
