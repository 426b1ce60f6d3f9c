package dk.mentor.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The kit's tables in a service's schema, read directly from the database: what its outbox holds to
 * send, what its inbox remembers as applied, what it parked as dead letters.
 */
final class KitTables {

    private final Suite suite;

    KitTables(Suite suite) {
        this.suite = suite;
    }

    /** Event ids of the outbox rows of these keys on the topic, in the order written. */
    List<String> outboxEventIds(String schema, String topic, Collection<String> keys) {
        return column("select event_id::text from " + schema + ".outbox_message where topic = ? and message_key = any(?) order by id",
                topic, keys);
    }

    /** Of the given event ids, those the schema's inbox records as applied: a row per consumer that applied one. */
    List<String> inboxEventIds(String schema, Collection<String> eventIds) {
        return column("select event_id from " + schema + ".processed_event where event_id = any(?)", eventIds);
    }

    /** Of the given event ids, those parked as dead letters. */
    List<String> deadLetterEventIds(String schema, Collection<String> eventIds) {
        return column("select event_id from " + schema + ".dead_letter where event_id = any(?)", eventIds);
    }

    /** The first column of every row; a parameter is a text, or a collection of texts as a text array. */
    private List<String> column(String sql, Object... parameters) {
        try (Connection c = DriverManager.getConnection(suite.databaseUrl(), "postgres", "");
             PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof Collection<?> values) {
                    st.setArray(i + 1, c.createArrayOf("text", values.toArray()));
                } else {
                    st.setString(i + 1, (String) parameters[i]);
                }
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read: " + sql, e);
        }
    }
}
