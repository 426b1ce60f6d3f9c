package dk.mentor.kit.persistence;

import jakarta.persistence.EntityManager;

/**
 * One snapshot for a transaction that reads in several statements. Under PostgreSQL's default isolation
 * (read committed) each statement sees what was committed when it started, so a report that reads the
 * mentorships in one statement and the plans' mentor kinds in the next can count a mentorship in one and
 * miss it in the other when the consumer commits it in between: a report at odds with itself. Repeatable
 * read takes the snapshot at the transaction's first statement and keeps it. A report only reads, so it
 * cannot meet a serialization failure.
 */
public final class RepeatableRead {

    private RepeatableRead() {
    }

    /**
     * Makes the current transaction read from one snapshot. It must be the transaction's first statement:
     * PostgreSQL refuses to change the isolation of a transaction that has already run one, and so does
     * this (loudly, as a server error), rather than read from mixed snapshots unnoticed.
     */
    public static void begin(EntityManager em) {
        em.createNativeQuery("set transaction isolation level repeatable read").executeUpdate();
    }
}
