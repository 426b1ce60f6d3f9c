package dk.mentor.kit.audit;

import static dk.mentor.kit.support.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.kit.access.Roles;
import dk.mentor.kit.support.TestDatabase;
import dk.mentor.kit.support.Widgets;
import dk.mentor.testing.infra.TestInfraResource;
import dk.mentor.testing.tokens.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The audit entries of reads are written by group commit: reads that arrive while a batch commits
 * share the next statement and transaction, and no read answers before its own entry is committed.
 */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class ReadAuditGroupCommitTest {

    private static final int READS = 10;
    private static final String READER = TestTokens.user("caseworker-group-commit").roles(Roles.CASEWORKER)
            .municipalities("0751").bearer();

    @Inject
    TestDatabase db;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry metrics;

    @Inject
    ReadAuditWriter writer;

    /**
     * A transaction holding a SHARE lock on audit_entry stalls the first batch's insert; the other
     * reads queue meanwhile and get no answer. Once the lock goes, the rest are written as one batch.
     */
    @Test
    void shouldHoldEveryAnswerUntilItsEntryIsWrittenAndWriteTheWaitingEntriesTogether() throws Exception {
        List<String> widgets = new ArrayList<>();
        for (int i = 0; i < READS; i++) {
            widgets.add(Widgets.create("0751"));
        }
        DistributionSummary batches = metrics.summary(ReadAuditWriter.BATCH_SIZES);
        long batchesBefore = batches.count();
        double entriesBefore = batches.totalAmount();
        ExecutorService pool = Executors.newFixedThreadPool(READS);
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            try (Statement lock = blocker.createStatement()) {
                lock.execute("lock table audit_entry in share mode");
            }
            List<Future<Response>> answers = new ArrayList<>();
            answers.add(pool.submit(() -> read(widgets.get(0))));
            awaitInsertWaitingOnLock();
            for (String widget : widgets.subList(1, READS)) {
                answers.add(pool.submit(() -> read(widget)));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> queued() == READS - 1);
            assertTrue(answers.stream().noneMatch(Future::isDone), "no read answers before its entry is written");
            blocker.rollback();

            for (Future<Response> answer : answers) {
                answer.get(30, TimeUnit.SECONDS).then().statusCode(200);
            }
        } finally {
            pool.shutdownNow();
        }
        for (String widget : widgets) {
            assertEquals(1, db.count("select count(*) from audit_entry where subject_id = ?1", widget));
        }
        assertEquals(2, batches.count() - batchesBefore, "the stalled entry, then the nine that waited behind it");
        assertEquals(READS, batches.totalAmount() - entriesBefore, 0.0);
    }

    /**
     * A batch stalled past its timeout is cancelled by the driver: its read answers 503 in about that
     * time instead of waiting for the request's own limit (11 s), and the writer goes on.
     */
    @Test
    void shouldCancelABatchThatOutlastsItsTimeoutAndGoOn() throws Exception {
        String widget = Widgets.create("0751");
        ReadAuditWriter running = ClientProxy.unwrap(writer);
        Duration configured = running.timeout;
        running.timeout = Duration.ofSeconds(1);
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            try (Statement lock = blocker.createStatement()) {
                lock.execute("lock table audit_entry in share mode");
            }
            long started = System.nanoTime();
            assertProblem(read(widget), 503, "unavailable", Widgets.PATH + "/" + widget);
            long waited = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
            assertTrue(waited < 6, "cancelled after its 1 s, not left waiting: " + waited + " s");
            blocker.rollback();
        } finally {
            running.timeout = configured;
        }
        read(widget).then().statusCode(200);
        assertEquals(1, db.count("select count(*) from audit_entry where subject_id = ?1", widget));
    }

    /** A check that refuses new entries makes the batch fail: the read answers 503, never its data unrecorded. */
    @Test
    void shouldAnswer503InsteadOfTheDataWhenTheEntryCannotBeWritten() {
        String widget = Widgets.create("0751");
        db.execute("alter table audit_entry add constraint refuse_new_entries check (subject_id <> '" + widget + "') not valid");
        try {
            Response refused = read(widget);
            assertProblem(refused, 503, "unavailable", Widgets.PATH + "/" + widget);
            assertFalse(refused.asString().contains("quantity"), "no widget data in the refusal");
            assertEquals("5", refused.header("Retry-After"));
        } finally {
            db.execute("alter table audit_entry drop constraint refuse_new_entries");
        }
        read(widget).then().statusCode(200);
        assertEquals(1, db.count("select count(*) from audit_entry where subject_id = ?1", widget));
    }

    private static Response read(String widget) {
        return given().header("Authorization", READER).get(Widgets.PATH + "/" + widget);
    }

    private void awaitInsertWaitingOnLock() {
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count("select count(*) from pg_stat_activity"
                + " where wait_event_type = 'Lock' and query like 'insert into %audit_entry%'") > 0);
    }

    private double queued() {
        return metrics.get(ReadAuditWriter.QUEUED).gauge().value();
    }
}
