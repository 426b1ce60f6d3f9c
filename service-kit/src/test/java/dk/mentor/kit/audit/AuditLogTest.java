package dk.mentor.kit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.kit.support.TestDatabase;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class AuditLogTest {

    private static final String TRIGGER_ERROR = "audit_entry is append-only";
    private static final String SEAL_TRIGGER_ERROR = "audit_seal is append-only";

    @Inject
    TestDatabase db;

    @Inject
    AuditTrail trail;

    @Test
    void shouldRefuseToUpdateAnAuditEntry() {
        long id = trail.auditedRead();

        assertRefused(() -> db.execute("update audit_entry set outcome = 'DENIED', purpose = 'cover-up' where id = ?1", id));

        Map<String, Object> entry = db.rows("select outcome, purpose from audit_entry where id = ?1", id).get(0);
        assertEquals("ALLOWED", entry.get("outcome"));
    }

    @Test
    void shouldRefuseToDeleteAnAuditEntry() {
        long id = trail.auditedRead();

        assertRefused(() -> db.execute("delete from audit_entry where id = ?1", id));

        assertEquals(1, db.count("select count(*) from audit_entry where id = ?1", id));
    }

    /** With cascade, since a plain truncate already fails on the seals' foreign key, before any trigger. */
    @Test
    void shouldRefuseToTruncateTheAuditLog() {
        long id = trail.auditedRead();

        assertRefused(() -> db.execute("truncate audit_entry cascade"));

        assertEquals(1, db.count("select count(*) from audit_entry where id = ?1", id));
    }

    @Test
    void shouldRefuseToUpdateDeleteOrTruncateTheSeals() {
        long id = trail.auditedRead();
        trail.awaitSealed(id);

        assertRefused(() -> db.execute("update audit_seal set entry_hash = 'forged' where entry_id = ?1", id), SEAL_TRIGGER_ERROR);
        assertRefused(() -> db.execute("delete from audit_seal where entry_id = ?1", id), SEAL_TRIGGER_ERROR);
        assertRefused(() -> db.execute("truncate audit_seal"), SEAL_TRIGGER_ERROR);

        assertEquals(1, db.count("select count(*) from audit_seal where entry_id = ?1", id));
    }

    private static void assertRefused(Runnable statement) {
        assertRefused(statement, TRIGGER_ERROR);
    }

    private static void assertRefused(Runnable statement, String error) {
        RuntimeException refused = assertThrows(RuntimeException.class, statement::run);
        StringBuilder messages = new StringBuilder();
        for (Throwable t = refused; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        assertTrue(messages.toString().contains(error), messages::toString);
    }
}
