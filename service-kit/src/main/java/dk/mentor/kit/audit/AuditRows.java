package dk.mentor.kit.audit;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The audit table's insert, for one entry or many, written with JDBC rather than persisted as entities: an
 * entry is never read back where it is written, and persisting one cost a change's transaction an insert
 * that returns its generated id and an entity that every later flush of the transaction checks again.
 */
final class AuditRows {

    private static final String COLUMNS = "occurred_at, actor_subject, actor_name, actor_client, actor_municipalities,"
            + " acting_municipality, owner_municipality, action, subject_type, subject_id, purpose, outcome";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private AuditRows() {
    }

    /** An insert of {@code rows} entries into the service's audit table ({@code schema}: Hibernate's default schema). */
    static String insert(Optional<String> schema, int rows) {
        String table = schema.map(s -> "\"" + s + "\".audit_entry").orElse("audit_entry");
        return "insert into " + table + " (" + COLUMNS + ") values " + String.join(", ", Collections.nCopies(rows, ROW));
    }

    /** Binds the entries to an insert made by {@link #insert} for as many rows. */
    static void bind(PreparedStatement insert, List<AuditEntry> entries) throws SQLException {
        int p = 1;
        for (AuditEntry e : entries) {
            insert.setObject(p++, e.occurredAt);
            insert.setString(p++, e.actorSubject);
            insert.setString(p++, e.actorName);
            insert.setString(p++, e.actorClient);
            insert.setString(p++, e.actorMunicipalities);
            insert.setString(p++, e.actingMunicipality);
            insert.setString(p++, e.ownerMunicipality);
            insert.setString(p++, e.action);
            insert.setString(p++, e.subjectType);
            insert.setString(p++, e.subjectId);
            insert.setString(p++, e.purpose);
            insert.setString(p++, e.outcome.name());
        }
    }
}
