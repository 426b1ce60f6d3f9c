package dk.mentor.kit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.kit.persistence.NativeQueries;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL plans a capped count once when its limit is written into the statement, and on every call when
 * the limit is bound: with a bound limit the prepared statement's generic plan assumes a tenth of the rows
 * and never wins against a plan made for the limit given. The catalogue's count binds nothing else (its
 * municipalities are literals), so it is the case here: 50,000 widgets, a count capped at 1,000, run often
 * enough on one connection (one transaction, rolled back) for the driver to prepare it on the server.
 */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class CappedCountsPlanTest {

    private static final String ROWS = "from widget w where w.quantity >= 0";
    private static final int CALLS = 20;

    @Inject
    EntityManager em;

    private void manyWidgets() {
        em.createNativeQuery("insert into widget (id, name, quantity, municipality, version)"
                + " select gen_random_uuid(), 'plan-' || n, n, '0751', 0 from generate_series(1, 50000) n")
                .executeUpdate();
        em.createNativeQuery("analyze widget").executeUpdate();
    }

    @Test
    @TestTransaction
    void shouldPlanTheCountOnceWithItsLimitWrittenIn() {
        manyWidgets();
        for (int i = 0; i < CALLS; i++) {
            assertEquals(new CappedCount(1000, true), CappedCounts.sql(em, ROWS, Map.of(), 1001));
        }
        assertTrue(plans("generic_plans", "limit 1024") >= CALLS - 5, "the count was planned anew on most calls");
    }

    /** Why the limit is not bound; should PostgreSQL ever settle on the generic plan here, this fails. */
    @Test
    @TestTransaction
    void shouldShowABoundLimitPlannedOnEveryCall() {
        manyWidgets();
        for (int i = 0; i < CALLS; i++) {
            NativeQueries.column(em, "select count(*) as n from (select 1 " + ROWS + " limit :countLimit) counted",
                    "n", Long.class).setParameter("countLimit", 1001L).getSingleResult();
        }
        assertEquals(0, plans("generic_plans", "limit $1"));
        assertTrue(plans("custom_plans", "limit $1") >= CALLS - 5, "the bound count was not prepared on the server");
    }

    /** The plans of the count's statement on this connection, as PostgreSQL counts them. */
    private long plans(String kind, String limit) {
        return ((Number) NativeQueries.column(em, "select coalesce(sum(" + kind + "), 0) as n"
                + " from pg_prepared_statements where statement = :statement", "n", Long.class)
                .setParameter("statement", "select count(*) as n from (select 1 " + ROWS + " " + limit + ") counted")
                .getSingleResult()).longValue();
    }
}
