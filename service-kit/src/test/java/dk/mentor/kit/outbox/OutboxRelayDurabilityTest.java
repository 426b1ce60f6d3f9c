package dk.mentor.kit.outbox;

import static dk.mentor.kit.outbox.UnsentRows.UNSENT;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.mentor.kit.support.TestDatabase;
import dk.mentor.kit.support.Widgets;
import dk.mentor.testing.infra.TestInfraResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The relay commits its marks without waiting for the disk; that setting must end with its own
 * transaction. Were it to stay on the pooled connection, a later business transaction on it could
 * lose a committed change in a crash of the database.
 */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class OutboxRelayDurabilityTest {

    @Inject
    TestDatabase db;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldLeaveEveryPooledConnectionCommittingDurablyAfterARelayRound() throws SQLException {
        // The test database runs with synchronous_commit off, so each pooled connection is first set
        // to on; holding all of them at once fills the pool, so the relay's round uses one of these.
        onEveryPooledConnection("set synchronous_commit = on", null);
        try {
            String id = Widgets.create("0751");
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> db.count("select count(*) from outbox_message where subject = ?1 and not " + UNSENT, id) == 1);

            onEveryPooledConnection("select current_setting('synchronous_commit')", "on");
        } finally {
            onEveryPooledConnection("reset synchronous_commit", null);
        }
    }

    /** Runs the statement on every connection of the full pool; a query's one value must be {@code expected}. */
    private void onEveryPooledConnection(String sql, String expected) throws SQLException {
        int poolSize = dataSource.getConfiguration().connectionPoolConfiguration().maxSize();
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < poolSize; i++) {
                held.add(dataSource.getConnection());
            }
            for (Connection connection : held) {
                try (Statement statement = connection.createStatement()) {
                    if (expected == null) {
                        statement.execute(sql);
                    } else {
                        try (ResultSet result = statement.executeQuery(sql)) {
                            result.next();
                            assertEquals(expected, result.getString(1));
                        }
                    }
                }
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }
}
