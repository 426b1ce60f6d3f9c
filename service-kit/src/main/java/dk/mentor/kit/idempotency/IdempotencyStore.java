package dk.mentor.kit.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The {@code idempotent_request} table. Each step runs in its own transaction: the claim must be
 * visible to a concurrent retry before the business change starts, and must survive its rollback.
 */
@ApplicationScoped
class IdempotencyStore {

    /** How long a key is remembered; a client retries within minutes, not days. */
    static final Duration RETENTION = Duration.ofHours(24);

    @Inject
    EntityManager em;

    /** A key already used by this caller; empty when the key is new (or older than the retention). */
    record Earlier(String fingerprint, StoredResponse response) {

        boolean completed() {
            return response != null;
        }
    }

    /** Claims the key for this request; returns the earlier use instead when there is one. */
    Optional<Earlier> claim(String caller, String key, String fingerprint) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("delete from idempotent_request where caller = ?1 and idempotency_key = ?2"
                            + " and created_at < now() - make_interval(hours => ?3)")
                    .setParameter(1, caller).setParameter(2, key).setParameter(3, (int) RETENTION.toHours())
                    .executeUpdate();
            int inserted = em.createNativeQuery("insert into idempotent_request (caller, idempotency_key, fingerprint)"
                            + " values (?1, ?2, ?3) on conflict do nothing")
                    .setParameter(1, caller).setParameter(2, key).setParameter(3, fingerprint).executeUpdate();
            return inserted == 1 ? Optional.<Earlier>empty() : Optional.of(earlier(caller, key));
        });
    }

    void complete(String caller, String key, StoredResponse response) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update idempotent_request"
                        + " set status = ?3, location = ?4, etag = ?5, body = ?6, completed_at = now()"
                        + " where caller = ?1 and idempotency_key = ?2")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, response.status())
                .setParameter(4, response.location()).setParameter(5, response.etag()).setParameter(6, response.body())
                .executeUpdate());
    }

    /** Forgets a claim whose request failed, so nothing happened and the client may try again. */
    void release(String caller, String key) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "delete from idempotent_request where caller = ?1 and idempotency_key = ?2 and status is null")
                .setParameter(1, caller).setParameter(2, key).executeUpdate());
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
