package dk.mentor.kit.idempotency;

import static dk.mentor.kit.support.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.kit.support.TestDatabase;
import dk.mentor.kit.support.Widgets;
import dk.mentor.kit.testapp.WidgetRequests.CreateWidgetRequest;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import io.agroal.api.AgroalDataSource;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class IdempotencyTest {

    private final String coordinator = Widgets.coordinatorOf("0751");

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestDatabase db;

    @Inject
    RequestFingerprints fingerprints;

    @Inject
    ObjectMapper json;

    @Test
    void shouldAnswerARetryWithTheFirstResponseAndCreateOnce() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> widget = widget(Widgets.uniqueName(), 3);

        Response first = post(coordinator, key, widget);
        Response retry = post(coordinator, key, widget);

        first.then().statusCode(201);
        retry.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        assertEquals(first.jsonPath().getString("id"), retry.jsonPath().getString("id"));
        assertEquals(1L, widgetsNamed((String) widget.get("name")));
    }

    @Test
    void shouldStoreAKeyedFingerprintRatherThanAPlainHashOfTheRequest() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = Widgets.uniqueName();
        Map<String, Object> widget = widget(name, 3);
        post(coordinator, key, widget).then().statusCode(201);

        String stored = (String) db.rows("select fingerprint from idempotent_request where idempotency_key = ?1", key)
                .get(0).get("fingerprint");

        String request = IdempotencyInterceptor.canonical("POST", Widgets.PATH,
                json.writeValueAsString(List.of(new CreateWidgetRequest(name, 3, "0751", null))));
        assertEquals(fingerprints.of(request), stored, "the HMAC of the request under the configured key");
        assertNotEquals(sha256(request), stored);
        assertNotEquals(sha256(json.writeValueAsString(widget)), stored);
        byte[] otherKey = new byte[32];
        Arrays.fill(otherKey, (byte) 7);
        assertNotEquals(new RequestFingerprints(otherKey).of(request), stored);
    }

    @Test
    void shouldRefuseAKeyReusedForADifferentBodyWith422() {
        String key = UUID.randomUUID().toString();
        post(coordinator, key, widget(Widgets.uniqueName(), 1)).then().statusCode(201);

        assertProblem(post(coordinator, key, widget(Widgets.uniqueName(), 2)), 422, "idempotency-key-reused", Widgets.PATH);
    }

    @Test
    void shouldKeepKeysApartPerCaller() {
        String key = UUID.randomUUID().toString();
        String name = Widgets.uniqueName();
        post(coordinator, key, widget(name, 1)).then().statusCode(201);

        Response other = post(Widgets.coordinatorOf("0751", "0101"), key, widget(name, 1));

        assertProblem(other, 409, "conflict", Widgets.PATH);
        assertNull(other.header("Idempotent-Replayed"));
    }

    @Test
    void shouldReleaseTheKeyWhenTheRequestFailsSoACorrectedRetryCanUseIt() {
        String key = UUID.randomUUID().toString();
        String name = Widgets.uniqueName();

        assertProblem(post(coordinator, key, widget(name, 1_001)), 422, "rule-violated", Widgets.PATH);
        post(coordinator, key, widget(name, 5)).then().statusCode(201);
        assertEquals(1L, widgetsNamed(name));
    }

    @Test
    void shouldRejectAnUnusableKeyWith400() {
        assertProblem(post(coordinator, "x".repeat(201), widget(Widgets.uniqueName(), 1)), 400, "validation-failed",
                Widgets.PATH);
    }

    @Test
    void shouldCreateOnceWhenTheSameRequestRacesItself() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> widget = widget(Widgets.uniqueName(), 1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<Integer> attempt = () -> post(coordinator, key, widget).statusCode();
                answers.add(pool.submit(attempt));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(201, answer.get(), "a duplicate waits for the first and replays its answer");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, widgetsNamed((String) widget.get("name")));
    }

    /**
     * Another instance took the key and died before its transaction committed: PostgreSQL rolls that
     * transaction back, and the retry that waited for it runs and creates the widget, once.
     */
    @Test
    void shouldRunARetryWhoseFirstRequestDiedBeforeCommitting() throws Exception {
        String seen = UUID.randomUUID().toString();
        post(coordinator, seen, widget(Widgets.uniqueName(), 1)).then().statusCode(201);
        String caller = (String) db.rows("select caller from idempotent_request where idempotency_key = ?1", seen)
                .get(0).get("caller");
        String key = UUID.randomUUID().toString();
        Map<String, Object> widget = widget(Widgets.uniqueName(), 2);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection dying = dataSource.getConnection()) {
            dying.setAutoCommit(false);
            try (PreparedStatement claim = dying.prepareStatement(
                    "insert into idempotent_request (caller, idempotency_key, fingerprint) values (?, ?, 'first')")) {
                claim.setString(1, caller);
                claim.setString(2, key);
                claim.executeUpdate();
            }
            Future<Response> retry = pool.submit(() -> post(coordinator, key, widget));
            // the retry's insert of the same key waits on the dying transaction's row lock
            await().atMost(Duration.ofSeconds(30)).until(() -> db.count("select count(*) from pg_stat_activity"
                    + " where wait_event_type = 'Lock' and query like 'insert into idempotent_request%'") > 0);
            assertFalse(retry.isDone(), "the retry waits for the first request's transaction rather than answering 409");
            dying.rollback();

            Response answer = retry.get(30, TimeUnit.SECONDS);
            answer.then().statusCode(201);
            assertNull(answer.header("Idempotent-Replayed"));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, widgetsNamed((String) widget.get("name")));
        post(coordinator, key, widget).then().statusCode(201).header("Idempotent-Replayed", "true");
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, Object> widget(String name, int quantity) {
        return Map.of("name", name, "quantity", quantity, "municipality", "0751");
    }

    private static Response post(String bearer, String key, Object body) {
        return given().header("Authorization", bearer).header(Idempotent.HEADER, key).contentType(ContentType.JSON)
                .body(body).post(Widgets.PATH);
    }

    private long widgetsNamed(String name) {
        return em.createQuery("select count(w) from Widget w where w.name = :n", Long.class)
                .setParameter("n", name).getSingleResult();
    }
}
