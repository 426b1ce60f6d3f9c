package dk.mentor.kit.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.kit.testapp.Widget;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

/**
 * A native statement run again and again keeps one plan in Hibernate's query plan cache when its result is
 * named through NativeQueries, and adds one per call in the result-class form that LayerRules rules out.
 * The relay and the audit sealer of the test application run their own statements meanwhile, so a growth of
 * a couple of plans is theirs; a plan per call is not.
 */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class NativeQueriesTest {

    private static final int CALLS = 50;

    @Inject
    EntityManager em;

    @Test
    void shouldKeepOnePlanForAStatementOfEntities() {
        int growth = planGrowth(() -> NativeQueries.entities(em, "select * from widget where quantity >= :least",
                Widget.class).setParameter("least", 0).getResultList());
        assertTrue(growth <= 2, growth + " plans for one statement");
    }

    @Test
    void shouldKeepOnePlanForAStatementOfAColumnAndReadItsType() {
        int growth = planGrowth(() -> assertEquals(Long.class, NativeQueries.column(em,
                "select count(*) as n from widget", "n", Long.class).getSingleResult().getClass()));
        assertTrue(growth <= 2, growth + " plans for one statement");
        assertEquals(UUID.class, NativeQueries.column(em, "select gen_random_uuid() as id", "id", UUID.class)
                .getSingleResult().getClass());
    }

    /**
     * Why the result-class form is ruled out: for a basic result it adds a plan per call (for an entity it
     * does not, but the rule cannot tell the two calls apart). Should Hibernate cache it once some day, this
     * fails, and the rule may go.
     */
    @Test
    void shouldShowTheResultClassFormAddingAPlanPerCallForABasicResult() {
        int growth = planGrowth(() -> em.createNativeQuery("select count(*) from widget", Long.class)
                .getSingleResult());
        assertTrue(growth >= CALLS, growth + " plans for " + CALLS + " calls");
    }

    private int planGrowth(Runnable statement) {
        statement.run();
        int before = plans();
        for (int i = 0; i < CALLS; i++) {
            statement.run();
        }
        return plans() - before;
    }

    private int plans() {
        return em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getQueryEngine()
                .getInterpretationCache().getNumberOfCachedQueryPlans();
    }
}
