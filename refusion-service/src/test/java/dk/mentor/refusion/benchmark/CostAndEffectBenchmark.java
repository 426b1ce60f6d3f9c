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
 * The cost-and-effect report of a year for a municipality with 24,000 meeting lines, a mentor's training
 * every month, 3,000 citizens with a mentorship each and 1,500 outcomes, over HTTP with a real token, next
 * to a primary-key read of one line in the same run. A quarter of the lines are refunded within a
 * rådighedsbeløb the year passes. Prints p50/p99; not a test: it asserts no timing.
 * Run: ./mvnw -B -o -pl refusion-service -am verify -Pbenchmark -Dtest=CostAndEffectBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
@Tag("benchmark")
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "refusion"))
class CostAndEffectBenchmark {

    private static final int LINES = Integer.getInteger("benchmark.lines", 24_000);
    private static final int CITIZENS = Integer.getInteger("benchmark.citizens", 3_000);
    private static final String MUNICIPALITY = "0147";
    private static final LocalDate YEAR = LocalDate.of(2024, 1, 1);

    @Inject
    AgroalDataSource dataSource;

    private final String token = TestTokens.user("finance-bench").roles("finance-officer").municipalities(MUNICIPALITY)
            .bearer();

    @Test
    void reportAYearAgainstPrimaryKeyRead() throws Exception {
        ceiling("400000.00");
        long start = System.nanoTime();
        LocalDate yearEnd = YEAR.plusYears(1).minusDays(1);
        GeneratedLedger ledger = new GeneratedLedger(dataSource, MUNICIPALITY, 20261204L);
        var general = ledger.rule("LAB_2019", "LAB_167", null, YEAR);
        var insured = ledger.rule("LAB_2019", "LAB_167", "INSURED_UNEMPLOYED", YEAR);
        List<GeneratedLedger.Plan> plans = ledger.plans(CITIZENS, CITIZENS / 8, YEAR, yearEnd, "ACTIVITY_READY");
        List<UUID> lines = ledger.meetings(plans, LINES, YEAR, yearEnd, List.of(general, general, general, insured));
        ledger.training(plans, YEAR, 12, general);
        ledger.outcomes(plans, YEAR.plusMonths(10));
        long loadMillis = (System.nanoTime() - start) / 1_000_000;

        Figures figures = new Figures(("refusion-service cost-and-effect benchmark: %,d meeting lines, %,d training lines,"
                + " %,d citizens (loaded in %,d ms)").formatted(LINES, CITIZENS / 8 * 12, CITIZENS, loadMillis), 3, 20, "result");
        int[] next = {0};
        figures.time("baseline: GET /expense-lines/{id} (primary key)",
                () -> get("/api/v1/expense-lines/" + lines.get(next[0]++ % lines.size()), Map.of()).statusCode());
        figures.time("GET /cost-and-effect, the year", () -> report(YEAR, yearEnd));
        figures.time("GET /cost-and-effect, the last quarter", () -> report(YEAR.plusMonths(9), yearEnd));
        figures.print();
    }

    private Object report(LocalDate from, LocalDate to) {
        return get("/api/v1/cost-and-effect", Map.of("municipality", MUNICIPALITY, "from", from.toString(),
                "to", to.toString())).path("total.netCost");
    }

    private ExtractableResponse<Response> get(String path, Map<String, String> query) {
        return given().header("Authorization", token).queryParams(query).when().get(path).then().statusCode(200).extract();
    }

    /** The municipality's rådighedsbeløb: the insured unemployed's refunds pass it in the autumn. */
    private static void ceiling(String amount) {
        given().header("Authorization", TestTokens.user("admin").roles("admin").bearer()).contentType("application/json")
                .body(RuleRows.ceiling("LAB_2019", "LAB_167", MUNICIPALITY, "RAADIGHEDSBELOEB", amount, YEAR.toString(),
                YEAR.plusYears(1).minusDays(1).toString()))
                .when().post("/api/v1/rule-sets").then().statusCode(201);
    }
}
