package dk.mentor.kit.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code idempotent_request} table, written in the request's transaction (see
 * {@link IdempotencyInterceptor}): a claim commits with the change it guards, or not at all.
 */
@ApplicationScoped
class IdempotencyStore {

    @Inject
    EntityManager em;

    /** How long a key is remembered; a client retries within minutes, not days. */
    @ConfigProperty(name = "mentor.idempotency.retention")
    Duration retention;

    /** A key already used by this caller; empty when the key is new (or older than the retention, and not yet purged). */
    record Earlier(String fingerprint, StoredResponse response) {

        boolean completed() {
            return response != null;
        }
    }

    /**
     * Claims the key for this request; returns the earlier use instead when there is one. While another
     * transaction holds an uncommitted claim of the key, PostgreSQL makes this insert wait for it: its
     * commit turns this request into a replay, its rollback (or its instance's death) lets this one run.
     */
    Optional<Earlier> claim(String caller, String key, String fingerprint) {
        em.createNativeQuery("delete from idempotent_request where caller = ?1 and idempotency_key = ?2"
                        + " and created_at < now() - make_interval(secs => ?3)")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, retention.toSeconds())
                .executeUpdate();
        int inserted = em.createNativeQuery("insert into idempotent_request (caller, idempotency_key, fingerprint)"
                        + " values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, fingerprint).executeUpdate();
        return inserted == 1 ? Optional.empty() : Optional.of(earlier(caller, key));
    }

    void complete(String caller, String key, StoredResponse response) {
        em.createNativeQuery("update idempotent_request"
                        + " set status = ?3, location = ?4, etag = ?5, body = ?6, completed_at = now()"
                        + " where caller = ?1 and idempotency_key = ?2")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, response.status())
                .setParameter(4, response.location()).setParameter(5, response.etag()).setParameter(6, response.body())
                .executeUpdate();
    }

    /** Forgets the claim of a request that was not answered with success, so a corrected retry may use the key. */
    void release(String caller, String key) {
        em.createNativeQuery("delete from idempotent_request where caller = ?1 and idempotency_key = ?2 and status is null")
                .setParameter(1, caller).setParameter(2, key).executeUpdate();
    }

    /**
     * Deletes up to {@code limit} expired rows of any caller, in one statement and transaction.
     * {@code skip locked} lets purges on several instances take disjoint rows and never wait for a
     * request that is reclaiming an expired key at the same moment. Returns the number deleted.
     */
    int purgeExpired(int limit) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("delete from idempotent_request r"
                        + " using (select caller, idempotency_key from idempotent_request"
                        + "        where created_at < now() - make_interval(secs => ?1)"
                        + "        limit ?2 for update skip locked) expired"
                        + " where r.caller = expired.caller and r.idempotency_key = expired.idempotency_key")
                .setParameter(1, retention.toSeconds()).setParameter(2, limit).executeUpdate());
    }

    private Earlier earlier(String caller, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select fingerprint, status, location, etag, body"
                        + " from idempotent_request where caller = ?1 and idempotency_key = ?2")
                .setParameter(1, caller).setParameter(2, key).getResultList();
        Object[] row = rows.get(0);
        StoredResponse response = row[1] == null ? null
                : new StoredResponse(((Number) row[1]).intValue(), (String) row[2], (String) row[3], (String) row[4]);
        return new Earlier((String) row[0], response);
    }
}
