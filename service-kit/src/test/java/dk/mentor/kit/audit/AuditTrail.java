package dk.mentor.kit.audit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.mentor.kit.access.Roles;
import dk.mentor.kit.support.TestDatabase;
import dk.mentor.kit.support.Widgets;
import dk.mentor.testing.tokens.TestTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Writes audit entries the way a service does, and waits for the sealer, for the audit tests. */
@ApplicationScoped
public class AuditTrail {

    @Inject
    TestDatabase db;

    @Inject
    AuditSealer sealer;

    /** Reads a fresh widget through the API and returns the id of the audit entry it wrote. */
    public long auditedRead() {
        String widget = Widgets.create("0751");
        given().header("Authorization", TestTokens.user("caseworker").roles(Roles.CASEWORKER).municipalities("0751").bearer())
                .get(Widgets.PATH + "/" + widget).then().statusCode(200);
        List<Map<String, Object>> entries = db.rows("select id from audit_entry where subject_id = ?1", widget);
        assertEquals(1, entries.size());
        return ((Number) entries.get(0).get("id")).longValue();
    }

    /** Runs seal passes until the entry is sealed; a pass seals only entries whose writers have all ended. */
    public void awaitSealed(long entryId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            sealer.seal(true);
            return db.count("select count(*) from audit_seal where entry_id = ?1", entryId) == 1;
        });
    }
}
