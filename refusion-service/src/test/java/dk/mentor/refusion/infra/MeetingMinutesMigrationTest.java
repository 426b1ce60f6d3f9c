package dk.mentor.refusion.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.testing.infra.TestInfra;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A database that logged meetings before the minutes became JSON keeps them: the schema is
 * migrated to version 2, meetings are stored in the old text form, and the rest of the
 * migrations convert them.
 */
class MeetingMinutesMigrationTest {

    private static final String SCHEMA = "refusion";

    @Test
    void shouldConvertMinutesStoredAsTextIntoTheJsonTheMeetingMapsTo() throws SQLException {
        String url = TestInfra.postgres().database("refusion_upgrade");
        flyway(url, "2").clean();
        flyway(url, "2").migrate();
        UUID split = UUID.randomUUID();
        UUID none = UUID.randomUUID();
        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            insertOldMeeting(db, split, "LAB_167:60,SEL_85:30");
            insertOldMeeting(db, none, "");

            flyway(url, "latest").migrate();

            assertEquals("jsonb", columnType(db));
            assertTrue(minutesEqual(db, split, "[{\"legalBasis\": \"LAB_167\", \"minutes\": 60},"
                    + " {\"legalBasis\": \"SEL_85\", \"minutes\": 30}]"), "the split, in order, as objects");
            assertTrue(minutesEqual(db, none, "[]"), "no minutes: an empty array");
        }
    }

    private static Flyway flyway(String url, String target) {
        return Flyway.configure().dataSource(url, "postgres", "").schemas(SCHEMA)
                .locations("classpath:db/kit", "classpath:db/migration").outOfOrder(true).cleanDisabled(false)
                .target(target).load();
    }

    private static void insertOldMeeting(Connection db, UUID meetingId, String minutes) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into " + SCHEMA + ".meeting (meeting_id, plan_id,"
                + " version, meeting_date, attendance, minutes, transport_minutes, acting_municipality, status,"
                + " last_event_id) values (?, ?, 1, date '2026-03-02', 'HELD', ?, 0, '0751', 'PRICED', 'e1')")) {
            insert.setObject(1, meetingId);
            insert.setObject(2, UUID.randomUUID());
            insert.setString(3, minutes);
            insert.executeUpdate();
        }
    }

    private static String columnType(Connection db) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select data_type from information_schema.columns"
                + " where table_schema = ? and table_name = 'meeting' and column_name = 'minutes'")) {
            query.setString(1, SCHEMA);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static boolean minutesEqual(Connection db, UUID meetingId, String json) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select minutes = ?::jsonb from " + SCHEMA
                + ".meeting where meeting_id = ?")) {
            query.setString(1, json);
            query.setObject(2, meetingId);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "the meeting is still there");
                return row.getBoolean(1);
            }
        }
    }
}
