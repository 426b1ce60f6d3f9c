package dk.mentor.kit.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.kit.access.Roles;
import dk.mentor.kit.support.TestDatabase;
import dk.mentor.kit.support.Widgets;
import dk.mentor.testing.infra.TestInfraResource;
import dk.mentor.testing.tokens.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class AuditLogTest {

    private static final String TRIGGER_ERROR = "audit_entry is append-only";

    @Inject
    TestDatabase db;

    @Test
    void shouldRefuseToUpdateAnAuditEntry() {
        long id = auditedRead();

        assertRefused(() -> db.execute("update audit_entry set outcome = 'DENIED', purpose = 'cover-up' where id = ?1", id));

        Map<String, Object> entry = db.rows("select outcome, purpose from audit_entry where id = ?1", id).get(0);
        assertEquals("ALLOWED", entry.get("outcome"));
    }

    @Test
    void shouldRefuseToDeleteAnAuditEntry() {
        long id = auditedRead();

        assertRefused(() -> db.execute("delete from audit_entry where id = ?1", id));

        assertEquals(1, db.count("select count(*) from audit_entry where id = ?1", id));
    }

    @Test
    void shouldRefuseToTruncateTheAuditLog() {
        long id = auditedRead();

        assertRefused(() -> db.execute("truncate audit_entry"));

        assertEquals(1, db.count("select count(*) from audit_entry where id = ?1", id));
    }

    /** Reads a fresh widget through the API and returns the id of the audit entry it wrote. */
    private long auditedRead() {
        String widget = Widgets.create("0751");
        given().header("Authorization", TestTokens.user("caseworker").roles(Roles.CASEWORKER).municipalities("0751").bearer())
                .get(Widgets.PATH + "/" + widget).then().statusCode(200);
        List<Map<String, Object>> entries = db.rows("select id from audit_entry where subject_id = ?1", widget);
        assertEquals(1, entries.size());
        return ((Number) entries.get(0).get("id")).longValue();
    }

    private static void assertRefused(Runnable statement) {
        RuntimeException refused = assertThrows(RuntimeException.class, statement::run);
        StringBuilder messages = new StringBuilder();
        for (Throwable t = refused; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        assertTrue(messages.toString().contains(TRIGGER_ERROR), messages::toString);
    }
}
