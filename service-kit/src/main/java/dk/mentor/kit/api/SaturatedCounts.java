package dk.mentor.kit.api;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The capped counts that reached their limit, remembered for a few seconds. "1,000 or more" stays true
 * while rows are added, and becomes false only when enough of them go away or out of sight, so a caller
 * paging through a large list need not count the same 1,001 rows on every page: the count is most of what
 * the database does for such a page. A count below its limit is never remembered, so an exact total is
 * always current. Keyed by the statement and its parameters, which hold the caller's visibility, so one
 * caller's answer is reused only for a query that sees the same rows.
 */
final class SaturatedCounts {

    private final ConcurrentHashMap<String, Long> expiries = new ConcurrentHashMap<>();
    private final long rememberNanos;
    private final int maxEntries;
    private final LongSupplier nanoClock;

    SaturatedCounts(Duration remember, int maxEntries, LongSupplier nanoClock) {
        this.rememberNanos = remember.toNanos();
        this.maxEntries = maxEntries;
        this.nanoClock = nanoClock;
    }

    /** Whether a count with this key reached its limit within the last few seconds. */
    boolean holds(String key) {
        Long until = expiries.get(key);
        if (until == null) {
            return false;
        }
        if (nanoClock.getAsLong() - until < 0) {
            return true;
        }
        expiries.remove(key, until);
        return false;
    }

    /** Remembers that this count reached its limit. A full memo starts afresh rather than growing. */
    void remember(String key) {
        if (expiries.size() >= maxEntries) {
            expiries.clear();
        }
        expiries.put(key, nanoClock.getAsLong() + rememberNanos);
    }
}
