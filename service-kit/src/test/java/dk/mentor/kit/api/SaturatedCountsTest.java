package dk.mentor.kit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A count that reached its limit is reused for a few seconds; one below its limit is taken every time. Rows
 * deleted between two counts show which counts were taken (each test's transaction is rolled back).
 */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class SaturatedCountsTest {

    private static final String ROWS = "from widget w where w.municipality = :municipality";
    private static final Map<String, String> ODDER = Map.of("municipality", "0727");
    private static final Duration REMEMBERED = Duration.ofSeconds(10);

    @Inject
    EntityManager em;

    private final AtomicLong now = new AtomicLong();
    private final SaturatedCounts saturated = new SaturatedCounts(REMEMBERED, 100, now::get);

    private void widgets(int count) {
        em.createNativeQuery("insert into widget (id, name, quantity, municipality, version)"
                + " select gen_random_uuid(), 'count-' || n, n, '0727', 0 from generate_series(1, ?1) n")
                .setParameter(1, count).executeUpdate();
    }

    private void deleteAllButOne() {
        em.createNativeQuery("delete from widget where municipality = '0727' and name <> 'count-1'").executeUpdate();
    }

    private CappedCount count(Map<String, ?> parameters, long limit) {
        return CappedCounts.sql(em, ROWS, parameters, limit, saturated);
    }

    /** Thirty widgets counted up to a limit of 11 (so remembered as capped), then all but one deleted. */
    private void countCappedThenShrink() {
        widgets(30);
        assertEquals(new CappedCount(10, true), count(ODDER, 11));
        deleteAllButOne();
    }

    @Test
    @TestTransaction
    void shouldReuseACountThatReachedItsLimitUntilItIsForgotten() {
        countCappedThenShrink();

        assertEquals(new CappedCount(10, true), count(ODDER, 11), "remembered");
        now.addAndGet(REMEMBERED.toNanos() - 1);
        assertEquals(new CappedCount(10, true), count(ODDER, 11), "still remembered");
        now.addAndGet(1);
        assertEquals(new CappedCount(1, false), count(ODDER, 11), "forgotten, so counted again");
    }

    @Test
    @TestTransaction
    void shouldCountAgainWhenTheCountWasBelowItsLimit() {
        widgets(5);
        assertEquals(new CappedCount(5, false), count(ODDER, 11));
        deleteAllButOne();
        assertEquals(new CappedCount(1, false), count(ODDER, 11));
    }

    @Test
    @TestTransaction
    void shouldKeepCountsOfOtherParametersAndLimitsApart() {
        countCappedThenShrink();

        assertEquals(new CappedCount(1, false), count(ODDER, 21), "another limit");
        assertEquals(new CappedCount(0, false), count(Map.of("municipality", "0706"), 11), "another municipality");
    }
}
