package dk.mentor.testing.fuzz;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Row counts of a service's own tables, read in one statement, to prove that a refused write
 * left nothing behind. Left out are the tables a refused request writes by design (the DENIED
 * audit rows and the released idempotency keys) and those only a consumer or the scheduler
 * writes, which could change between two counts with no request at all.
 */
public final class RowCounts implements AutoCloseable {

    public static final Set<String> NOT_COUNTED = Set.of("audit_entry", "audit_seal", "idempotent_request",
            "dead_letter", "processed_event", "flyway_schema_history");

    private final Connection connection;
    private final List<String> tables = new ArrayList<>();
    /**
     * Prepared once: the server then plans the one count per table once instead of before every snapshot,
     * which took about half of a fuzz run that counts some forty tables twice per refused write.
     */
    private final PreparedStatement query;
    private long snapshots;
    private long nanos;

    public RowCounts(String jdbcUrl, String schema, Set<String> alsoNotCounted) {
        try {
            connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
            try (Statement st = connection.createStatement();
                    ResultSet rs = st.executeQuery("select table_name from information_schema.tables where table_schema = '"
                            + schema + "' and table_type = 'BASE TABLE' order by table_name")) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    if (!NOT_COUNTED.contains(table) && !alsoNotCounted.contains(table)) {
                        tables.add(table);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the tables of " + schema, e);
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("schema " + schema + " has no tables to count");
        }
        try {
            query = connection.prepareStatement("select " + String.join(", ", tables.stream()
                    .map(t -> "(select count(*) from \"" + schema + "\".\"" + t + "\")").toList()));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the row counts of " + schema, e);
        }
    }

    public List<String> tables() {
        return tables;
    }

    public Map<String, Long> snapshot() {
        long started = System.nanoTime();
        try (ResultSet rs = query.executeQuery()) {
            rs.next();
            Map<String, Long> counts = new LinkedHashMap<>();
            for (int i = 0; i < tables.size(); i++) {
                counts.put(tables.get(i), rs.getLong(i + 1));
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            snapshots++;
            nanos += System.nanoTime() - started;
        }
    }

    /** What the snapshots cost so far, for the run's summary: "n snapshots in x ms". */
    public String cost() {
        return snapshots + " row-count snapshots of " + tables.size() + " tables in " + nanos / 1_000_000 + " ms";
    }

    /** The tables whose count differs, as "table +n". */
    public static List<String> differences(Map<String, Long> before, Map<String, Long> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((table, count) -> {
            if (!Objects.equals(before.get(table), count)) {
                changed.add(table + " " + (count - before.getOrDefault(table, 0L) >= 0 ? "+" : "")
                        + (count - before.getOrDefault(table, 0L)));
            }
        });
        return changed;
    }

    @Override
    public void close() {
        try {
            query.close();
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
