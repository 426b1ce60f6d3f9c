package dk.mentor.kit.audit;

import dk.mentor.kit.rounds.KickedRounds;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Appends committed audit entries, in id order, to the hash chain in {@code audit_seal}. Sealing
 * after the fact keeps the audited requests apart: a chain link written at insert would need a lock
 * held until each business transaction commits, serialising every audited request. One pass runs at
 * a time across instances (a transaction-scoped advisory lock per schema). Passes run on a thread of
 * their own, every {@code mentor.audit.seal-interval} at a phase of the instance's own (KickedRounds).
 */
@ApplicationScoped
class AuditSealer extends KickedRounds {

    /**
     * How a scheduled pass steps through what is waiting: batches of 50 entries, and after each full one a
     * rest four times as long as the batch took, at least 10 ms. On two cores a burst of sealing is a burst
     * the audited reads queue behind, for as long as a batch takes: followup's plan GET, paced at 1,500 a
     * second, had a p99 of 28–63 ms with batches of 500 and 25 ms rests, 16–20 ms with batches of 100,
     * 10–21 ms with batches of 50, and 8–12 ms without sealing (docs/performance.md). A pass so uses at
     * most a fifth of a core and seals about 4,000 entries a second, far above what a municipality's staff
     * read; verification reports entries left unsealed too long.
     */
    static final Steps GENTLE = new Steps(50, Duration.ofMillis(10), 4);
    /** Verification's pass seals all at once: it waits for the chain to be complete. */
    static final Steps AT_ONCE = new Steps(500, Duration.ZERO, 0);
    private static final Logger LOG = Logger.getLogger(AuditSealer.class);
    private static final String LOCK_KEY = "hashtext(current_schema() || '/audit-sealer')";

    @Inject
    EntityManager em;

    private final SealHorizon horizon = new SealHorizon();

    @Override
    protected String threadName() {
        return "audit-sealer";
    }

    @Override
    protected String intervalKey() {
        return "mentor.audit.seal-interval";
    }

    /** A scheduled pass; it never reports work left, since its own batches go on until nothing waits. */
    @Override
    protected boolean round() {
        try {
            seal(false, GENTLE);
        } catch (RuntimeException e) {
            LOG.warnf("audit seal pass failed (%s); the next pass retries", e.getClass().getSimpleName());
        }
        return false;
    }

    /**
     * One pass: seals every entry known final, a batch per transaction. A scheduled pass skips when a
     * pass runs elsewhere; verification waits for it instead, so it sees what that pass sealed.
     * Returns the number of entries sealed.
     */
    int seal(boolean waitForOtherPass) {
        return seal(waitForOtherPass, AT_ONCE);
    }

    int seal(boolean waitForOtherPass, Steps steps) {
        AtomicLong upTo = new AtomicLong(-1);
        int total = 0;
        while (true) {
            long began = System.nanoTime();
            Integer sealed = QuarkusTransaction.requiringNew().call(() -> {
                if (!lock(waitForOtherPass)) {
                    return null;
                }
                if (upTo.get() < 0) {
                    upTo.set(horizon.advance(observe()));
                }
                return sealBatch(upTo.get(), steps.batchSize());
            });
            if (sealed == null) {
                return total;
            }
            total += sealed;
            if (sealed < steps.batchSize()) {
                return total;
            }
            if (stopping() || !rest(steps.restAfter(Duration.ofNanos(System.nanoTime() - began)))) {
                return total;
            }
        }
    }

    /** A pass's batch size, and its rest after a full batch: {@code restPerWork} times the batch's time, at least {@code minimumRest}. */
    record Steps(int batchSize, Duration minimumRest, int restPerWork) {

        Duration restAfter(Duration work) {
            Duration proportional = work.multipliedBy(restPerWork);
            return proportional.compareTo(minimumRest) > 0 ? proportional : minimumRest;
        }
    }

    /** False when interrupted: the next pass seals the rest. */
    private static boolean rest(Duration rest) {
        if (rest.isZero()) {
            return true;
        }
        try {
            Thread.sleep(rest.toMillis(), rest.toNanosPart() % 1_000_000);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean lock(boolean wait) {
        if (wait) {
            em.createNativeQuery("select 1 from pg_advisory_xact_lock(" + LOCK_KEY + ")").getSingleResult();
            return true;
        }
        return (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(" + LOCK_KEY + ")").getSingleResult();
    }

    /** The highest visible id first, then who holds the insert lock; the order is what makes it safe. */
    private SealHorizon.Observation observe() {
        long highest = ((Number) em.createNativeQuery("select coalesce(max(id), 0) from audit_entry")
                .getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<String> writers = em.createNativeQuery("select virtualtransaction from pg_locks"
                        + " where locktype = 'relation' and mode = 'RowExclusiveLock' and pid <> pg_backend_pid()"
                        + " and relation = 'audit_entry'::regclass"
                        + " and database = (select oid from pg_database where datname = current_database())")
                .getResultList();
        return new SealHorizon.Observation(highest, new HashSet<>(writers));
    }

    private int sealBatch(long upTo, int batchSize) {
        @SuppressWarnings("unchecked")
        List<Object[]> last = em.createNativeQuery("select seq, entry_id, entry_hash from audit_seal order by seq desc limit 1")
                .getResultList();
        long seq = last.isEmpty() ? 0 : ((Number) last.get(0)[0]).longValue();
        long lastEntryId = last.isEmpty() ? 0 : ((Number) last.get(0)[1]).longValue();
        String previousHash = last.isEmpty() ? AuditChain.GENESIS : (String) last.get(0)[2];
        @SuppressWarnings("unchecked")
        List<Object[]> entries = em.createNativeQuery("select " + AuditChain.COLUMNS + " from audit_entry e"
                        + " where e.id > ?1 and e.id <= ?2 order by e.id limit ?3")
                .setParameter(1, lastEntryId).setParameter(2, upTo).setParameter(3, batchSize).getResultList();
        int n = entries.size();
        Long[] seqs = new Long[n];
        Long[] entryIds = new Long[n];
        String[] previousHashes = new String[n];
        String[] hashes = new String[n];
        for (int i = 0; i < n; i++) {
            List<String> columns = Arrays.stream(entries.get(i)).map(value -> (String) value).toList();
            seqs[i] = ++seq;
            entryIds[i] = Long.parseLong(columns.get(0));
            previousHashes[i] = previousHash;
            hashes[i] = AuditChain.link(previousHash, columns);
            previousHash = hashes[i];
        }
        insertSeals(seqs, entryIds, previousHashes, hashes);
        return n;
    }

    /** The batch's seals in one statement: a statement per seal cost as much as the audited requests themselves. */
    private void insertSeals(Long[] seqs, Long[] entryIds, String[] previousHashes, String[] hashes) {
        if (seqs.length == 0) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into audit_seal"
                    + " (seq, entry_id, encoding, previous_hash, entry_hash)"
                    + " select s.seq, s.entry_id, ?, s.previous_hash, s.entry_hash"
                    + " from unnest(?, ?, ?, ?) as s (seq, entry_id, previous_hash, entry_hash)")) {
                insert.setInt(1, AuditChain.ENCODING);
                insert.setArray(2, connection.createArrayOf("bigint", seqs));
                insert.setArray(3, connection.createArrayOf("bigint", entryIds));
                insert.setArray(4, connection.createArrayOf("text", previousHashes));
                insert.setArray(5, connection.createArrayOf("text", hashes));
                insert.executeUpdate();
            }
        });
    }
}
