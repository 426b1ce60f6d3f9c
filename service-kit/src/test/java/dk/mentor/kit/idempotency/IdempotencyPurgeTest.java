package dk.mentor.kit.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.mentor.kit.support.TestDatabase;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class IdempotencyPurgeTest {

    @Inject
    TestDatabase db;

    @Inject
    IdempotencyPurge purge;

    @ConfigProperty(name = "mentor.idempotency.retention")
    Duration retention;

    @Test
    void shouldPurgeExpiredRowsOfEveryCallerAndKeepFreshOnes() {
        String expiredKey = UUID.randomUUID().toString();
        String freshKey = UUID.randomUUID().toString();
        storedRequest("integration-a", expiredKey, retention.plusMinutes(1));
        storedRequest("integration-b", expiredKey, retention.plusDays(3));
        storedRequest("integration-a", freshKey, retention.minusMinutes(1));

        purge.purge();

        assertEquals(0, db.count("select count(*) from idempotent_request where idempotency_key = ?1", expiredKey));
        assertEquals(1, db.count("select count(*) from idempotent_request where idempotency_key = ?1", freshKey));
    }

    @Test
    void shouldPurgeMoreThanOneBatch() {
        String prefix = "batch-" + UUID.randomUUID() + "-";
        db.execute("insert into idempotent_request (caller, idempotency_key, fingerprint, status, created_at)"
                + " select 'integration-c', ?1 || n, 'f', 201, now() - make_interval(secs => ?2)"
                + " from generate_series(1, ?3) n", prefix, retention.plusHours(1).toSeconds(), IdempotencyPurge.BATCH_SIZE + 5);

        purge.purge();

        assertEquals(0, db.count("select count(*) from idempotent_request where idempotency_key like ?1", prefix + "%"));
    }

    private void storedRequest(String caller, String key, Duration age) {
        db.execute("insert into idempotent_request (caller, idempotency_key, fingerprint, status, body, created_at,"
                        + " completed_at) values (?1, ?2, 'f', 201, '{}', now() - make_interval(secs => ?3), now())",
                caller, key, age.toSeconds());
    }
}
