package dk.mentor.followup.application;

import dk.mentor.contracts.codes.Cpr;
import dk.mentor.followup.domain.Citizen;
import dk.mentor.followup.infra.crypto.CprVault;
import dk.mentor.kit.persistence.NativeQueries;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Moves stored CPR numbers onto the current keys after a rotation: each batch opens a number with
 * whichever configured key sealed it, seals and hashes it again under the current keys and records
 * their key id, in one transaction. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several
 * instances share the work and never re-key a row twice at once.
 *
 * <p>Keys change only with a restart, so once a pass finds nothing left to do the job stops asking
 * until the next start. A number none of the configured keys opens is left as it is and counted
 * (by citizen id only), so the operator learns that a retired key is still needed.
 */
@ApplicationScoped
public class RekeyCitizens {

    static final String ON_OLDER_KEYS = "mentor.cpr.citizens.on.older.keys";
    private static final Logger LOG = Logger.getLogger(RekeyCitizens.class);

    @Inject
    EntityManager em;
    @Inject
    CprVault vault;
    @Inject
    MeterRegistry registry;
    @ConfigProperty(name = "followup.cpr-rekey.batch-size", defaultValue = "200")
    int batchSize;

    private final AtomicLong remaining = new AtomicLong();
    /** Keyset cursor of the current pass: rows at or before it were re-keyed or could not be opened. */
    private volatile UUID after;
    private volatile boolean counted;
    private volatile boolean done;

    public record Batch(int rekeyed, List<UUID> unreadable, boolean passFinished) {
    }

    void register(@Observes StartupEvent event) {
        Gauge.builder(ON_OLDER_KEYS, remaining, AtomicLong::get)
                .description("Citizens whose CPR number is not yet sealed and hashed under the current keys")
                .register(registry);
    }

    @Scheduled(every = "${followup.cpr-rekey.every:20s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        if (done) {
            return;
        }
        if (!counted) {
            remaining.set(QuarkusTransaction.requiringNew().call(this::countOnOlderKeys));
            counted = true;
        }
        Batch batch = QuarkusTransaction.requiringNew().call(this::rekeyBatch);
        if (batch.rekeyed() > 0 || !batch.unreadable().isEmpty()) {
            LOG.infof("CPR re-keying: %d citizens moved to key %s, %d could not be opened with any configured key %s",
                    batch.rekeyed(), vault.keyId(), batch.unreadable().size(), batch.unreadable());
        }
        if (batch.passFinished()) {
            long left = QuarkusTransaction.requiringNew().call(this::countOnOlderKeys);
            remaining.set(left);
            done = true;
            LOG.infof(left == 0 ? "CPR re-keying: every citizen is on key %s; the previous keys may be removed"
                    : "CPR re-keying: pass finished with %2$d citizens that no configured key opens; keep the"
                    + " previous keys until they are resolved (current key %1$s)", vault.keyId(), left);
        }
    }

    /** One batch, in the caller's transaction; the next call goes on after it. */
    public Batch rekeyBatch() {
        UUID from = after;
        var query = NativeQueries.entities(em,
                        "select * from citizen where not anonymous and cpr_key_id is distinct from :current"
                        + (from == null ? "" : " and id > :after") + " order by id limit :size for update skip locked",
                        Citizen.class)
                .setParameter("current", vault.keyId())
                .setParameter("size", batchSize);
        if (from != null) {
            query.setParameter("after", from);
        }
        @SuppressWarnings("unchecked")
        List<Citizen> rows = query.getResultList();
        int rekeyed = 0;
        List<UUID> unreadable = new ArrayList<>();
        for (Citizen citizen : rows) {
            Optional<Cpr> cpr = vault.decrypt(citizen.cprCiphertext());
            if (cpr.isPresent()) {
                citizen.rekey(vault.encrypt(cpr.get()), vault.lookupHash(cpr.get()), vault.keyId());
                rekeyed++;
            } else {
                unreadable.add(citizen.id());
            }
        }
        boolean finished = rows.size() < batchSize;
        after = finished ? null : rows.get(rows.size() - 1).id();
        remaining.set(Math.max(0, remaining.get() - rekeyed));
        return new Batch(rekeyed, List.copyOf(unreadable), finished);
    }

    /** Citizens not on the current keys, unreadable ones included; this scans the table, so only per pass. */
    public long countOnOlderKeys() {
        return ((Number) em.createNativeQuery("select count(*) from citizen where not anonymous"
                        + " and cpr_key_id is distinct from :current")
                .setParameter("current", vault.keyId()).getSingleResult()).longValue();
    }
}
