package dk.mentor.kit.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void shouldRecogniseAConnectionFailureHoweverDeeplyWrapped() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        assertTrue(DatabaseOutage.isCause(new JDBCConnectionException("Unable to acquire JDBC Connection", refused)));
        assertTrue(DatabaseOutage.isCause(new PersistenceException(new RuntimeException(refused))));
        assertTrue(DatabaseOutage.isCause(new SQLException("terminating connection due to administrator command", "57P01")));
    }

    @Test
    void shouldRecogniseThePoolGivingUpWaitingForAConnection() {
        SQLException timeout = new SQLException("Acquisition timeout while waiting for new connection");
        assertTrue(DatabaseOutage.isCause(new GenericJDBCException("Unable to acquire JDBC Connection", timeout)));
    }

    @Test
    void shouldNotMistakeAFailedStatementForAnOutage() {
        assertFalse(DatabaseOutage.isCause(new ConstraintViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505"), "uq_name")));
        assertFalse(DatabaseOutage.isCause(new GenericJDBCException("bad statement",
                new SQLException("relation \"nope\" does not exist", "42P01"))));
        assertFalse(DatabaseOutage.isCause(new IllegalStateException("no database involved")));
    }
}
