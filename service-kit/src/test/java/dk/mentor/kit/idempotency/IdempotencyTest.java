package dk.mentor.kit.idempotency;

import static dk.mentor.kit.support.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dk.mentor.kit.support.Widgets;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class IdempotencyTest {

    private final String coordinator = Widgets.coordinatorOf("0751");

    @Inject
    EntityManager em;

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
                int status = answer.get();
                assertEquals(true, status == 201 || status == 409, "status " + status);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, widgetsNamed((String) widget.get("name")));
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
