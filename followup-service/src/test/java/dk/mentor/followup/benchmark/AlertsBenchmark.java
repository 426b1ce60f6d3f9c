package dk.mentor.followup.benchmark;

import static io.restassured.RestAssured.given;

import dk.mentor.testing.bench.Figures;
import dk.mentor.testing.infra.TestInfraResource;
import dk.mentor.testing.tokens.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The alert list of a municipality with 5,000 active plans (each with a caseworker, a mentor, an agreement
 * and held meetings), over HTTP with a real token, next to a plain primary-key read of a plan in the same
 * run. Prints p50/p99 per request; not a test: it asserts no timing.
 * Run: ./mvnw -o -pl followup-service test -Pbenchmark -Dtest=AlertsBenchmark
 */
@Tag("benchmark")
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class AlertsBenchmark {

    private static final int PLANS = Integer.getInteger("benchmark.plans", 5_000);
    private static final int WARMUP = Integer.getInteger("benchmark.warmup", 20);
    private static final int SAMPLES = Integer.getInteger("benchmark.samples", 200);
    private static final String HOME = "0751";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void alertsAgainstPrimaryKeyRead() throws Exception {
        long start = System.nanoTime();
        List<UUID> plans = GeneratedPlans.insert(dataSource, HOME, PLANS, 20261204L);
        long loadMillis = (System.nanoTime() - start) / 1_000_000;
        String token = TestTokens.user("caseworker-bench").roles("caseworker").municipalities(HOME).bearer();

        start = System.nanoTime();
        // writes the due items of all the plans, so it may take longer than the tests' 30-s read timeout
        int firstTotal = given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", 600_000))).header("Authorization", token)
                .when().get("/api/v1/alerts").then().statusCode(200).extract().path("totalItems");
        long firstMillis = (System.nanoTime() - start) / 1_000_000;

        Map<String, Supplier<Integer>> requests = new LinkedHashMap<>();
        int[] next = {0};
        requests.put("baseline: GET /plans/{id} (primary key)", () -> status(token, "/api/v1/plans/" + plans.get(next[0]++ % plans.size()), Map.of()));
        requests.put("GET /alerts (first page of 20)", () -> status(token, "/api/v1/alerts", Map.of()));
        requests.put("GET /alerts?kind=MEETING_OVERDUE", () -> status(token, "/api/v1/alerts", Map.of("kind", "MEETING_OVERDUE")));
        requests.put("GET /alerts?kind=QUARTERLY_REGISTRATION_DUE", () -> status(token, "/api/v1/alerts",
                Map.of("kind", "QUARTERLY_REGISTRATION_DUE")));
        requests.put("GET /alerts?page=20&size=50", () -> status(token, "/api/v1/alerts", Map.of("page", "20", "size", "50")));

        Figures figures = new Figures("followup-service alerts benchmark: %,d active plans of one municipality (loaded in %,d ms)"
                .formatted(PLANS, loadMillis), WARMUP, SAMPLES, "total");
        figures.note("first alert list after loading (writes the due items of plans from before they were stored): %,d ms, %,d alerts counted"
                .formatted(firstMillis, firstTotal));
        requests.forEach(figures::time);
        figures.print();
    }

    /** The HTTP status must be 200; the number returned is the list's total (1 for a primary-key read). */
    private static int status(String token, String path, Map<String, String> query) {
        var response = given().header("Authorization", token).queryParams(query).when().get(path)
                .then().statusCode(200).extract();
        Integer total = response.path("totalItems");
        return total == null ? 1 : total;
    }
}
