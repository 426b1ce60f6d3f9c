package dk.mentor.bench.harness;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Vacuums and analyzes the suite's database before anything is measured. Every run leaves hundreds of
 * thousands of mentors, audit rows and outbox rows behind, and autovacuum used to work through them while
 * the next run measured: its CPU counts as PostgreSQL's and it takes the cores the paths need, so a list's
 * figure fell by up to a half between two runs of the same build. Settled first, a run pays mostly for
 * what it writes itself.
 */
final class Settle {

    private Settle() {
    }

    /** How long the vacuum took. */
    static Duration database(String jdbcUrl, String jdbcUser) throws SQLException {
        long began = System.nanoTime();
        try (Connection db = DriverManager.getConnection(jdbcUrl, jdbcUser, "");
             Statement statement = db.createStatement()) {
            statement.execute("vacuum (analyze)"); // every table of the database; outside a transaction (auto-commit)
        }
        return Duration.ofNanos(System.nanoTime() - began);
    }
}
