package dk.mentor.kit.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks the audit log against its hash chain: every seal recomputed in seq order, the seqs
 * contiguous, every sealed entry present, and no entry left unsealed where the sealer has passed
 * (a deleted seal) or for longer than any transaction lives (a stuck sealer).
 */
@ApplicationScoped
class AuditChainVerifier {

    /** A long log takes a while to walk; far longer than a request's usual transaction timeout. */
    private static final int WALK_TIMEOUT_SECONDS = 600;
    private static final int FETCH_SIZE = 1_000;

    @Inject
    EntityManager em;

    @Inject
    AuditSealer sealer;

    /** After this, an entry has certainly committed, so one still unsealed means the sealer is not doing its work. */
    @ConfigProperty(name = "mentor.audit.unsealed-grace")
    Duration grace;

    /** What the check found: intact when {@code firstBrokenEntryId} is null. */
    record Result(long entriesChecked, Long firstBrokenEntryId, String reason) {

        boolean intact() {
            return firstBrokenEntryId == null;
        }
    }

    /** Seals what is due first, so the check covers everything committed until now. */
    Result verify() {
        sealer.seal(true);
        return QuarkusTransaction.requiringNew().timeout(WALK_TIMEOUT_SECONDS).call(() -> {
            Result chain = walkSeals();
            Result unsealed = firstUnsealed();
            if (unsealed == null) {
                return chain;
            }
            return chain.intact() || unsealed.firstBrokenEntryId() < chain.firstBrokenEntryId()
                    ? new Result(chain.entriesChecked(), unsealed.firstBrokenEntryId(), unsealed.reason()) : chain;
        });
    }

    /** Walks the seals in seq order and stops at the first that does not hold. */
    private Result walkSeals() {
        long checked = 0;
        String previousHash = AuditChain.GENESIS;
        long previousEntryId = 0;
        try (Stream<?> rows = em.createNativeQuery("select s.seq, s.entry_id, s.encoding, s.previous_hash, s.entry_hash,"
                        + " e.id is not null, " + AuditChain.COLUMNS
                        + " from audit_seal s left join audit_entry e on e.id = s.entry_id order by s.seq")
                .setHint("org.hibernate.fetchSize", FETCH_SIZE).getResultStream()) {
            for (Iterator<?> it = rows.iterator(); it.hasNext(); ) {
                Object[] row = (Object[]) it.next();
                long seq = ((Number) row[0]).longValue();
                long entryId = ((Number) row[1]).longValue();
                String problem = problem(row, seq, checked + 1, entryId, previousEntryId, previousHash);
                if (problem != null) {
                    return new Result(checked, entryId, problem);
                }
                previousHash = (String) row[4];
                previousEntryId = entryId;
                checked++;
            }
        }
        return new Result(checked, null, null);
    }

    private static String problem(Object[] row, long seq, long expectedSeq, long entryId, long previousEntryId,
                                  String previousHash) {
        if (seq != expectedSeq) {
            return "seal " + expectedSeq + " is missing: the chain goes on at seal " + seq;
        }
        if (entryId <= previousEntryId) {
            return "seal " + seq + " is out of order: it seals entry " + entryId + " after entry " + previousEntryId;
        }
        if (!previousHash.equals(row[3])) {
            return "seal " + seq + " does not link to the seal before it";
        }
        if (!Boolean.TRUE.equals(row[5])) {
            return "entry " + entryId + " was deleted; seal " + seq + " remains";
        }
        int encoding = ((Number) row[2]).intValue();
        if (encoding < 1 || encoding > AuditChain.ENCODING) {
            return "seal " + seq + " names an unknown encoding " + row[2];
        }
        List<String> columns = Arrays.stream(row, 6, row.length).map(value -> (String) value).toList();
        // encoding 1 does not cover actor_client: its entries were written before the column existed
        if (encoding == 1 && columns.get(AuditChain.ENCODING_1_COLUMNS) != null) {
            return "entry " + entryId + " has a client that seal " + seq + " (encoding 1) cannot have recorded";
        }
        if (!AuditChain.link(encoding, previousHash, columns).equals(row[4])) {
            return "entry " + entryId + " differs from what seal " + seq + " recorded";
        }
        return null;
    }

    /** The lowest entry without a seal that should have one; null when there is none. */
    private Result firstUnsealed() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select e.id, e.id < (select max(entry_id) from audit_seal)"
                        + " from audit_entry e"
                        + " where not exists (select 1 from audit_seal s where s.entry_id = e.id)"
                        + " and (e.id < (select max(entry_id) from audit_seal)"
                        + "      or e.occurred_at < now() - make_interval(secs => ?1))"
                        + " order by e.id limit 1")
                .setParameter(1, grace.toSeconds()).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        long entryId = ((Number) rows.get(0)[0]).longValue();
        String reason = Boolean.TRUE.equals(rows.get(0)[1])
                ? "entry " + entryId + " has no seal although later entries are sealed"
                : "entry " + entryId + " is older than " + grace.toSeconds() + " s and still not sealed";
        return new Result(0, entryId, reason);
    }
}
