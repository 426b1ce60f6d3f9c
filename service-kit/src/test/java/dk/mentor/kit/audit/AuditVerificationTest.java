package dk.mentor.kit.audit;

import static dk.mentor.kit.support.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.kit.access.Roles;
import dk.mentor.kit.support.TestDatabase;
import dk.mentor.kit.support.Widgets;
import dk.mentor.testing.infra.TestInfraResource;
import dk.mentor.testing.tokens.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class AuditVerificationTest {

    private static final String VERIFICATION = "/api/v1/audit-entries/verification";
    private static final String AUDITOR = TestTokens.user("auditor-aarhus").roles(Roles.AUDITOR).municipalities("0751").bearer();
    private static final int THREADS = 8;
    private static final int READS_PER_THREAD = 15;

    @Inject
    TestDatabase db;

    @Inject
    AuditTrail trail;

    @Inject
    AuditSealer sealer;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.hibernate-orm.database.default-schema")
    String schema;

    @Test
    void shouldFindTheChainIntactAfterAConcurrentBurstOfAuditedRequests() throws Exception {
        String widget = Widgets.create("0751");
        String allowed = TestTokens.user("caseworker-aarhus").roles(Roles.CASEWORKER).municipalities("0751").bearer();
        String denied = TestTokens.user("caseworker-kbh").roles(Roles.CASEWORKER).municipalities("0101").bearer();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> readers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                String bearer = t % 2 == 0 ? allowed : denied;
                int status = t % 2 == 0 ? 200 : 404;
                readers.add(pool.submit(() -> {
                    for (int i = 0; i < READS_PER_THREAD; i++) {
                        given().header("Authorization", bearer).get(Widgets.PATH + "/" + widget).then().statusCode(status);
                    }
                }));
            }
            for (Future<?> reader : readers) {
                reader.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(THREADS * READS_PER_THREAD, db.count("select count(*) from audit_entry where subject_id = ?1", widget));

        JsonPath verdict = verify();

        assertTrue(verdict.getBoolean("intact"), verdict.prettify());
        assertNull(verdict.get("firstBrokenEntryId"));
        assertNull(verdict.get("reason"));
        assertNotNull(verdict.getString("verifiedAt"));
        assertEquals(0, db.count("select count(*) from audit_entry e where e.subject_id = ?1"
                + " and not exists (select 1 from audit_seal s where s.entry_id = e.id)", widget), "every read is sealed");
        assertTrue(verdict.getLong("entriesChecked") >= THREADS * READS_PER_THREAD, verdict.prettify());
        assertEquals(db.count("select count(*) from audit_seal"), db.count("select max(seq) from audit_seal"),
                "seqs are contiguous from 1");
    }

    @Test
    void shouldSealWhatWaitsInAScheduledPassOfSeveralSmallBatches() {
        int waiting = AuditSealer.GENTLE.batchSize() * 2 + 50;
        long first = trail.auditedRead();
        db.execute("insert into audit_entry (actor_subject, actor_municipalities, action, subject_type, purpose, outcome)"
                + " select 'batch', '0751', 'read', 'widget', 'entry ' || n, 'ALLOWED' from generate_series(2, ?1) n", waiting);
        long last = db.count("select max(id) from audit_entry");

        sealer.seal(true, AuditSealer.GENTLE); // one pass, no writer in flight: every batch of it, with its rests

        assertEquals(last - first + 1, db.count("select count(*) from audit_seal where entry_id between ?1 and ?2", first, last));
        assertTrue(verify().getBoolean("intact"));
    }

    @Test
    void shouldNotPassAnEntryWhoseTransactionIsStillOpen() throws Exception {
        long earlier;
        long later;
        try (Connection slow = DriverManager.getConnection(url, "postgres", ""); Statement st = slow.createStatement()) {
            slow.setAutoCommit(false);
            st.execute("set search_path = " + schema);
            ResultSet inserted = st.executeQuery("insert into audit_entry (actor_subject, actor_municipalities, action,"
                    + " subject_type, purpose, outcome) values ('slow', '0751', 'read', 'widget', 'slow request', 'ALLOWED')"
                    + " returning id");
            inserted.next();
            earlier = inserted.getLong(1);
            later = trail.auditedRead();
            sealer.seal(true);

            assertEquals(0, db.count("select count(*) from audit_seal where entry_id = ?1", later),
                    "entry " + earlier + " may still commit, so nothing after it is sealed yet");
            slow.commit();
        }
        trail.awaitSealed(later);

        assertEquals(1, db.count("select count(*) from audit_seal where entry_id = ?1", earlier));
        assertTrue(verify().getBoolean("intact"));
    }

    @Test
    void shouldWriteItsOwnAuditLine() {
        long before = verificationLines();

        verify();

        assertEquals(before + 1, verificationLines());
    }

    @Test
    void shouldReportAnEditedEntryByItsId() {
        long entry = trail.auditedRead();
        trail.awaitSealed(entry);
        Map<String, Object> original = db.rows("select purpose from audit_entry where id = ?1", entry).get(0);
        try {
            tamper("audit_entry", "update audit_entry set purpose = 'cover-up' where id = " + entry);

            JsonPath verdict = verify();

            assertFalse(verdict.getBoolean("intact"), verdict.prettify());
            assertEquals(entry, verdict.getLong("firstBrokenEntryId"));
            assertTrue(verdict.getString("reason").contains("entry " + entry + " differs"), verdict.prettify());
        } finally {
            tamper("audit_entry", "update audit_entry set purpose = '" + original.get("purpose") + "' where id = " + entry);
        }
        assertTrue(verify().getBoolean("intact"), "intact again once the entry is as sealed");
    }

    @Test
    void shouldReportADeletedSealByItsEntryId() {
        long entry = trail.auditedRead();
        long later = trail.auditedRead();
        trail.awaitSealed(later);
        Map<String, Object> seal = db.rows("select seq, entry_id, encoding, previous_hash, entry_hash, sealed_at"
                + " from audit_seal where entry_id = ?1", entry).get(0);
        try {
            tamper("audit_seal", "delete from audit_seal where entry_id = " + entry);

            JsonPath verdict = verify();

            assertFalse(verdict.getBoolean("intact"), verdict.prettify());
            assertEquals(entry, verdict.getLong("firstBrokenEntryId"));
            assertTrue(verdict.getString("reason").contains("entry " + entry + " has no seal"), verdict.prettify());
            assertEquals(0, db.count("select count(*) from audit_seal where entry_id = ?1", entry),
                    "the sealer never seals an entry again once it has gone past it");
        } finally {
            db.execute("insert into audit_seal (seq, entry_id, encoding, previous_hash, entry_hash, sealed_at)"
                            + " values (?1, ?2, ?3, ?4, ?5, ?6)", seal.get("seq"), seal.get("entry_id"), seal.get("encoding"),
                    seal.get("previous_hash"), seal.get("entry_hash"), seal.get("sealed_at"));
        }
        assertTrue(verify().getBoolean("intact"), "intact again once the seal is back");
    }

    @Test
    void shouldReportADeletedEntryByItsId() {
        long entry = trail.auditedRead();
        trail.awaitSealed(entry);
        try {
            tamper("audit_entry", "create table audit_entry_kept as select * from audit_entry where id = " + entry
                    + "; delete from audit_entry where id = " + entry);

            JsonPath verdict = verify();

            assertFalse(verdict.getBoolean("intact"), verdict.prettify());
            assertEquals(entry, verdict.getLong("firstBrokenEntryId"));
            assertTrue(verdict.getString("reason").contains("entry " + entry + " was deleted"), verdict.prettify());
        } finally {
            tamper("audit_entry", "insert into audit_entry overriding system value select * from audit_entry_kept;"
                    + " drop table audit_entry_kept");
        }
        assertTrue(verify().getBoolean("intact"), "intact again once the entry is back");
    }

    @Test
    void shouldOnlyLetAuditorsVerify() {
        String caseworker = TestTokens.user("caseworker-aarhus").roles(Roles.CASEWORKER).municipalities("0751").bearer();

        assertProblem(given().header("Authorization", caseworker).get(VERIFICATION), 403, "forbidden", VERIFICATION);
        assertProblem(given().get(VERIFICATION), 401, "unauthenticated", VERIFICATION);
    }

    @Test
    void shouldEncodeEveryColumnOfTheAuditEntry() {
        assertEquals(AuditChain.COLUMN_COUNT, db.count("select count(*) from information_schema.columns"
                + " where table_schema = current_schema() and table_name = 'audit_entry'"),
                "a new audit_entry column needs a new encoding in AuditChain");
    }

    private static JsonPath verify() {
        return given().header("Authorization", AUDITOR).get(VERIFICATION).then().statusCode(200).extract().jsonPath();
    }

    private long verificationLines() {
        return db.count("select count(*) from audit_entry where subject_type = 'audit-chain' and action = 'verify'"
                + " and actor_name = 'auditor-aarhus' and purpose = ?1", AuditVerificationResource.PURPOSE);
    }

    /** Changes a row as only a superuser can: with the append-only triggers off for one transaction. */
    private void tamper(String table, String statement) {
        db.execute("do $$ begin alter table " + table + " disable trigger user; " + statement + "; alter table " + table
                + " enable trigger user; end $$");
    }
}
