package dk.mentor.catalog.benchmark;

import static io.restassured.RestAssured.given;

import dk.mentor.testing.bench.Figures;
import dk.mentor.testing.infra.TestInfraResource;
import dk.mentor.testing.tokens.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Typical catalogue searches against 100,000 generated mentors, over HTTP with a real token, with a plain
 * primary-key read in the same run as the baseline. Prints p50/p99 per query; not a test: it asserts no
 * timing. Run: ./mvnw -o -pl catalog-service test -Pbenchmark -Dtest=CatalogSearchBenchmark
 */
@Tag("benchmark")
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "catalog"))
class CatalogSearchBenchmark {

    private static final int MENTORS = Integer.getInteger("benchmark.mentors", 100_000);
    private static final int WARMUP = 50;
    private static final int SAMPLES = 300;
    private static final String HOME = "0751";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void searchesAgainstPrimaryKeyRead() throws Exception {
        long start = System.nanoTime();
        GeneratedMentors.insert(dataSource, MENTORS, 20261123L);
        long loadMillis = (System.nanoTime() - start) / 1_000_000;
        List<UUID> own = ownIds();
        String token = TestTokens.user("coordinator-bench").roles("coordinator").municipalities(HOME).bearer();

        Map<String, Supplier<Integer>> queries = new LinkedHashMap<>();
        int[] next = {0};
        queries.put("baseline: GET /mentors/{id} (primary key)", () -> status(token, "/api/v1/mentors/" + own.get(next[0]++ % own.size()), Map.of()));
        queries.put("serves 0751, free capacity", () -> status(token, "/api/v1/mentors", Map.of("municipality", HOME, "freeCapacity", "true")));
        queries.put("serves 0751, free, language ar", () -> status(token, "/api/v1/mentors",
                Map.of("municipality", HOME, "freeCapacity", "true", "language", "ar")));
        queries.put("serves 0751, target group + Tue 09-11 window", () -> status(token, "/api/v1/mentors",
                Map.of("municipality", HOME, "targetGroup", "SUBSTANCE_MISUSE", "day", "TUESDAY", "from", "09:00", "to", "11:00")));
        queries.put("kind + legal basis + female + place", () -> status(token, "/api/v1/mentors", Map.of("kind",
                "PAID_SOCIAL_MENTOR", "legalBasis", "SEL_85", "gender", "FEMALE", "place", "CITIZEN_HOME")));
        queries.put("all visible, page 20 of 20", () -> status(token, "/api/v1/mentors", Map.of("page", "20", "size", "20")));

        Figures figures = new Figures("catalog-service search benchmark: %,d mentors (loaded in %,d ms)"
                .formatted(MENTORS, loadMillis), WARMUP, SAMPLES, "hits");
        queries.forEach(figures::time);
        figures.print();
    }

    /** The HTTP status must be 200; the number returned is the total hits (1 for a primary-key read). */
    private static int status(String token, String path, Map<String, String> query) {
        var response = given().header("Authorization", token).queryParams(query).when().get(path)
                .then().statusCode(200).extract();
        Integer total = response.path("totalItems");
        return total == null ? 1 : total;
    }

    private List<UUID> ownIds() throws Exception {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement()
                .executeQuery("select id from mentor where home_municipality = '" + HOME + "' order by id limit 500")) {
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
        }
        return ids;
    }
}
