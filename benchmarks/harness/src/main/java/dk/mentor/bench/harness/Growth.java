package dk.mentor.bench.harness;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What one logged meeting adds to the suite's storage, the figure the capacity plan in
 * docs/operations.md multiplies: meetings logged through followup's API on a demo mentorship, then a
 * wait until refusion has taken every one into its ledger, and per meeting the rows inserted and the
 * bytes grown in each service's schema (tables, indexes and TOAST, before any vacuum reclaims the
 * space of updated rows) and in the broker's log directory.
 */
final class Growth {

    static final List<String> SCHEMAS = List.of("catalog", "matching", "followup", "refusion");
    private static final String AARHUS_CASEWORKER = "caseworker-aarhus";

    /** Rows and bytes of one schema, or of the broker (rows 0). */
    record Size(long rows, long bytes) {
        Size minus(Size before) {
            return new Size(rows - before.rows, bytes - before.bytes);
        }
    }

    record Result(int meetings, Map<String, Size> perMeeting, Size broker, boolean allPriced) {
    }

    private final Load load;
    private final Settings settings;
    private final Path brokerLogs;

    Growth(Load load, Settings settings, Path brokerLogs) {
        this.load = load;
        this.settings = settings;
        this.brokerLogs = brokerLogs;
    }

    Result measure(int meetings, Duration settle) throws SQLException, InterruptedException {
        Call meeting = meetingCall();
        try (Connection db = DriverManager.getConnection(settings.jdbcUrl(), settings.jdbcUser(), "")) {
            Map<String, Size> before = sizes(db);
            long brokerBefore = brokerBytes();
            long pricedBefore = count(db, "select count(*) from refusion.meeting");
            for (int i = 0; i < meetings; i++) {
                int status = load.exchange(meeting).statusCode();
                if (status != 201) {
                    throw new IllegalStateException("logging a meeting answered " + status);
                }
            }
            boolean allPriced = awaitCount(db, "select count(*) from refusion.meeting", pricedBefore + meetings, settle);
            Map<String, Size> after = sizes(db);
            Map<String, Size> grown = new LinkedHashMap<>();
            for (String schema : SCHEMAS) {
                grown.put(schema, after.get(schema).minus(before.get(schema)));
            }
            return new Result(meetings, grown, new Size(0, brokerBytes() - brokerBefore), allPriced);
        }
    }

    /**
     * A meeting of the first active mentor participant on an Aarhus plan, dated today (a meeting is
     * stored whether or not it is claimable, so the hours cap changes nothing here).
     */
    private Call meetingCall() {
        String plans = settings.followup() + "/api/v1/plans?size=20";
        for (JsonNode plan : Bench.json(load.exchange(Call.get("plans", "followup", AARHUS_CASEWORKER, plans)).body())
                .path("items")) {
            String planId = plan.path("id").asText();
            String url = settings.followup() + "/api/v1/plans/" + planId + "/participants";
            for (JsonNode p : Bench.json(load.exchange(Call.get("participants", "followup", AARHUS_CASEWORKER, url))
                    .body()).path("items")) {
                boolean active = p.path("endedOn").isMissingNode() || p.path("endedOn").isNull();
                if (active && p.path("mentorId").isTextual()) {
                    return Call.post("followup: POST a meeting", "followup", AARHUS_CASEWORKER,
                            settings.followup() + "/api/v1/plans/" + planId + "/meetings",
                            () -> Bench.json(meeting(p)));
                }
            }
        }
        throw new IllegalStateException("no Aarhus plan has an active mentor: load the demo data first");
    }

    private static Map<String, Object> meeting(JsonNode participant) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("participantId", participant.path("id").asText());
        body.put("date", LocalDate.now().toString());
        body.put("durationMinutes", 60);
        body.put("mode", "IN_PERSON");
        body.put("place", "CITIZEN_HOME");
        body.put("attendance", "HELD");
        body.put("transportMinutes", 20);
        body.put("minutes", List.of(Map.of("legalBasis", participant.path("legalBasis").asText(), "minutes", 60)));
        body.put("note", "Talte om jobsøgningen og aftalte næste skridt.");
        body.put("noteVisibility", "PROFESSIONALS");
        return body;
    }

    private static Map<String, Size> sizes(Connection db) throws SQLException {
        Map<String, Size> sizes = new LinkedHashMap<>();
        try (Statement s = db.createStatement()) {
            for (String schema : SCHEMAS) {
                try (ResultSet r = s.executeQuery("select coalesce(sum(t.n_tup_ins), 0),"
                        + " coalesce(sum(pg_total_relation_size(t.relid)), 0) from pg_stat_user_tables t"
                        + " where t.schemaname = '" + schema + "'")) {
                    r.next();
                    sizes.put(schema, new Size(r.getLong(1), r.getLong(2)));
                }
            }
        }
        return sizes;
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static boolean awaitCount(Connection db, String sql, long wanted, Duration limit)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (count(db, sql) >= wanted) {
                // A backend reports its inserts to the statistics when it goes idle, up to 10 s late.
                Thread.sleep(12_000);
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private long brokerBytes() {
        if (!Files.isDirectory(brokerLogs)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(brokerLogs)) {
            return files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".log"))
                    .mapToLong(Growth::size).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
