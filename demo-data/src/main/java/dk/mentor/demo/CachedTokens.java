package dk.mentor.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Keycloak tokens per user, reused for a while: a grant costs a few hundred milliseconds, and a
 * run asks for the same few users again and again. Reused well within the realm's 300 s token
 * lifespan, so no request ever carries an expired token.
 */
public final class CachedTokens implements Function<String, String> {

    private static final Duration REUSE = Duration.ofSeconds(120);

    private final Function<String, String> fetch;
    private final Map<String, Entry> entries = new HashMap<>();

    public CachedTokens(Function<String, String> fetch) {
        this.fetch = fetch;
    }

    @Override
    public synchronized String apply(String user) {
        Entry entry = entries.get(user);
        if (entry == null || entry.fetched.plus(REUSE).isBefore(Instant.now())) {
            entry = new Entry(fetch.apply(user), Instant.now());
            entries.put(user, entry);
        }
        return entry.token;
    }

    private record Entry(String token, Instant fetched) {
    }
}
