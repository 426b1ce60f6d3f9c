package dk.mentor.refusion.benchmark;

import dk.mentor.testing.bench.Figures;
import static io.restassured.RestAssured.given;

import dk.mentor.refusion.RuleRows;
import dk.mentor.testing.infra.TestInfraResource;
import dk.mentor.testing.tokens.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Drafting and reading the claim of a quarter with 20,000 ledger lines (and 10,000 earlier in the year
 * that use up the ceiling first), over HTTP with a real token, next to a primary-key read of one line in
 * the same run. Prints p50/p99; not a test: it asserts no timing.
 * Run: ./mvnw -B -o -pl refusion-service -am verify -Pbenchmark -Dtest=ClaimDraftBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
@Tag("benchmark")
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "refusion"))
class ClaimDraftBenchmark {

    private static final int LINES = Integer.getInteger("benchmark.lines", 20_000);
    private static final String MUNICIPALITY = "0101";
    private static final LocalDate QUARTER = LocalDate.of(2015, 7, 1);

    @Inject
    AgroalDataSource dataSource;

    private final String token = TestTokens.user("finance-bench").roles("finance-officer").municipalities(MUNICIPALITY)
            .bearer();
    private String draft;

    @Test
    void draftAndReadAClaimAgainstPrimaryKeyRead() throws Exception {
        ceiling("2500000.00");
        long start = System.nanoTime();
        GeneratedLedger ledger = new GeneratedLedger(dataSource, MUNICIPALITY, 20261204L);
        var rule = ledger.rule("LAB_2014", "LAB_31B", null, QUARTER);
        List<GeneratedLedger.Plan> plans = ledger.plans(2_000, 300, LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31),
                "ACTIVITY_READY");
        List<UUID> earlier = ledger.meetings(plans, LINES / 2, LocalDate.of(2015, 1, 1), QUARTER.minusDays(1), List.of(rule));
        ledger.meetings(plans, LINES, QUARTER, QUARTER.plusMonths(3).minusDays(1), List.of(rule));
        long loadMillis = (System.nanoTime() - start) / 1_000_000;

        Figures figures = new Figures("refusion-service claim benchmark: a quarter of %,d lines after %,d earlier in the year"
                .formatted(LINES, LINES / 2) + " (loaded in %,d ms)".formatted(loadMillis), 3, 20, "result");
        int[] next = {0};
        figures.time("baseline: GET /expense-lines/{id} (primary key)",
                () -> get("/api/v1/expense-lines/" + earlier.get(next[0]++ % earlier.size()), Map.of()).statusCode());
        figures.time("POST /refusion-claims (draft the quarter)", 1, 5, this::deleteDraft, this::draftQuarter);
        figures.time("GET /refusion-claims/{id}", () -> get("/api/v1/refusion-claims/" + draft, Map.of()).path("totalRefund"));
        figures.time("GET /refusion-claims/{id}/lines, first page of 50", () -> get("/api/v1/refusion-claims/" + draft + "/lines",
                Map.of("size", "50")).path("totalItems"));
        figures.time("GET /refusion-claims/{id}/lines, last page of 100", () -> get("/api/v1/refusion-claims/" + draft + "/lines",
                Map.of("size", "100", "page", String.valueOf(LINES / 100 - 1))).path("totalItems"));
        figures.time("GET /refusion-claims/{id}/csv", () -> get("/api/v1/refusion-claims/" + draft + "/csv", Map.of())
                .body().asByteArray().length + " B");
        figures.time("GET /refusion-claims/{id}/document", () -> get("/api/v1/refusion-claims/" + draft + "/document", Map.of())
                .body().asByteArray().length + " B");
        figures.print();
    }

    private Object draftQuarter() {
        ExtractableResponse<Response> created = given().header("Authorization", token).contentType("application/json")
                .body(Map.of("municipality", MUNICIPALITY, "regime", "LAB_2014", "periodFrom", QUARTER.toString(),
                        "periodTo", QUARTER.plusMonths(3).minusDays(1).toString()))
                .when().post("/api/v1/refusion-claims").then().statusCode(201).extract();
        draft = created.path("id");
        return created.path("totalRefund");
    }

    /** Deletes the draft the last run made, so the next draft takes the same lines. */
    private void deleteDraft() {
        if (draft == null) {
            return;
        }
        String etag = get("/api/v1/refusion-claims/" + draft, Map.of()).header("ETag");
        given().header("Authorization", token).header("If-Match", etag).when().delete("/api/v1/refusion-claims/" + draft)
                .then().statusCode(204);
        draft = null;
    }

    private ExtractableResponse<Response> get(String path, Map<String, String> query) {
        return given().header("Authorization", token).queryParams(query).when().get(path).then().statusCode(200).extract();
    }

    /** The municipality's own ceiling row: the quarter's refunds pass it, so the ceiling walk does real work. */
    private static void ceiling(String amount) {
        given().header("Authorization", TestTokens.user("admin").roles("admin").bearer()).contentType("application/json")
                .body(RuleRows.ceiling("LAB_2014", "LAB_31B", MUNICIPALITY, "REFUSION_CEILING", amount, "2015-01-01", "2015-12-31"))
                .when().post("/api/v1/rule-sets").then().statusCode(201);
    }
}
