package dk.mentor.kit.audit;

import java.util.Collections;
import java.util.Set;

/**
 * How far the audit entries are final, so the sealer can go strictly in id order and never pass an
 * entry that commits later. Ids are drawn at insert, but transactions commit in any order: entry 9
 * may still be uncommitted when entry 10 is visible. Every transaction that inserts an entry holds a
 * ROW EXCLUSIVE lock on audit_entry from before it draws the id until it ends. So once every
 * transaction that held that lock when the highest visible id was read has ended, no entry at or
 * below that id can still appear. The sealer observes the highest id and the lock holders on each
 * pass; this class keeps one observation until its holders are gone. Passes are serialised by the
 * sealer's database lock, so observations arrive in time order.
 */
final class SealHorizon {

    /** The highest visible entry id, read before the set of transactions then holding the insert lock. */
    record Observation(long highestEntryId, Set<String> writers) {

        Observation {
            writers = Set.copyOf(writers);
        }
    }

    private Observation waiting;
    private long settled;

    /** Takes a new observation and returns the highest entry id known final (0 when none is). */
    synchronized long advance(Observation now) {
        if (waiting != null && Collections.disjoint(waiting.writers(), now.writers())) {
            settled = Math.max(settled, waiting.highestEntryId());
            waiting = null;
        }
        if (now.writers().isEmpty()) {
            settled = Math.max(settled, now.highestEntryId());
        } else if (waiting == null) {
            waiting = now;
        }
        return settled;
    }
}
