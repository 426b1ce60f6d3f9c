package dk.mentor.kit.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A transaction begun with RepeatableRead does not see what another commits between its statements. */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class RepeatableReadTest {

    @Inject
    EntityManager em;

    @Test
    void shouldReadEveryStatementFromTheFirstStatementsSnapshot() {
        long[] seen = QuarkusTransaction.requiringNew().call(() -> {
            RepeatableRead.begin(em);
            long before = widgets();
            commitAWidgetElsewhere();
            return new long[] {before, widgets()};
        });
        assertEquals(seen[0], seen[1], "a widget committed meanwhile was seen");
    }

    /** The control: without it, the second statement sees the new widget, so the test above can fail. */
    @Test
    void shouldShowReadCommittedSeeingACommitBetweenTwoStatements() {
        long[] seen = QuarkusTransaction.requiringNew().call(() -> {
            long before = widgets();
            commitAWidgetElsewhere();
            return new long[] {before, widgets()};
        });
        assertEquals(seen[0] + 1, seen[1]);
    }

    @Test
    void shouldRefuseToChangeTheIsolationOfATransactionThatHasRead() {
        assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            widgets();
            RepeatableRead.begin(em);
        }));
    }

    private long widgets() {
        return (Long) NativeQueries.column(em, "select count(*) as n from widget", "n", Long.class).getSingleResult();
    }

    /** Another transaction, committed while the caller's waits. */
    private void commitAWidgetElsewhere() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into widget (id, name, quantity,"
                        + " municipality, version) values (?1, ?2, 1, '0751', 0)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, "snapshot " + UUID.randomUUID()).executeUpdate());
    }
}
