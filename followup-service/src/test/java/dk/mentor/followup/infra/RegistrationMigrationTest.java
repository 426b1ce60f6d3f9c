package dk.mentor.followup.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
 * A database with quarterly registrations recorded as key/value answers keeps them: the schema is
 * migrated to version 6, follow-ups are stored the old way, and V8 turns their known keys into the
 * typed tick-boxes and keeps every other key in unmapped_answers.
 */
class RegistrationMigrationTest {

    private static final String SCHEMA = "followup";

    @Test
    void shouldTurnKeyValueAnswersIntoTypedRowsAndKeepTheUnknownKeys() throws SQLException {
        String url = TestInfra.postgres().database("followup_upgrade");
        flyway(url, "6").clean();
        flyway(url, "6").migrate();
        UUID plan = UUID.randomUUID();
        UUID quarterly = UUID.randomUUID();
        UUID mentorship = UUID.randomUUID();
        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            // the plan's touch triggers name their tables unqualified, as the service's connections see them
            db.createStatement().execute("set search_path to " + SCHEMA);
            insertPlan(db, plan);
            insertFollowUp(db, quarterly, plan, "QUARTERLY_REGISTRATION",
                    "{\"companyMentorSupport\": \"yes\", \"newParallelEfforts\": \"Nej\", \"newTasks\": \"maybe\","
                            + " \"attendance\": \"good\"}");
            insertFollowUp(db, mentorship, plan, "MENTORSHIP_1_MONTH", "{\"matchStatus\": \"good\"}");

            flyway(url, "latest").migrate();

            try (PreparedStatement query = db.prepareStatement("select kind, registered_on, support_company_mentor,"
                    + " new_parallel_efforts, new_tasks, unmapped_answers::text, follow_up_id, recorded_by from "
                    + SCHEMA + ".registration where plan_id = ?")) {
                query.setObject(1, plan);
                try (ResultSet row = query.executeQuery()) {
                    assertTrue(row.next(), "the quarterly registration became a row");
                    assertEquals("QUARTERLY", row.getString(1));
                    assertEquals("2026-09-30", row.getString(2));
                    assertTrue(row.getBoolean(3), "yes is ticked");
                    assertEquals(Boolean.FALSE, row.getObject(4), "Nej is not ticked");
                    assertNull(row.getObject(5), "an answer that is neither yes nor no stays empty");
                    assertEquals("{\"newTasks\": \"maybe\", \"attendance\": \"good\"}", row.getString(6),
                            "the unknown key and the unreadable answer are kept");
                    assertEquals(quarterly, row.getObject(7));
                    assertEquals("caseworker-aarhus", row.getString(8));
                    assertTrue(!row.next(), "a mentorship follow-up is no registration");
                }
            }
            assertEquals("{}", answers(db, quarterly), "the follow-up keeps only that it was done");
            assertEquals("{\"matchStatus\": \"good\"}", answers(db, mentorship));
        }
    }

    private static Flyway flyway(String url, String target) {
        return Flyway.configure().dataSource(url, "postgres", "").schemas(SCHEMA)
                .locations("classpath:db/kit", "classpath:db/migration").outOfOrder(true).cleanDisabled(false)
                .target(target).load();
    }

    private static void insertPlan(Connection db, UUID plan) throws SQLException {
        UUID citizen = UUID.randomUUID();
        try (PreparedStatement insert = db.prepareStatement("insert into " + SCHEMA + ".citizen (id, anonymous, alias,"
                + " acting_municipality, registered_at, version) values (?, true, 'Kim', '0751', now(), 0)")) {
            insert.setObject(1, citizen);
            insert.executeUpdate();
        }
        try (PreparedStatement insert = db.prepareStatement("insert into " + SCHEMA + ".plan (id, citizen_id,"
                + " owner_municipality, coordinating_caseworker, line, status, long_term_goal, target_groups, opened_on,"
                + " opened_at, version) values (?, ?, '0751', 'caseworker-aarhus', 'EMPLOYMENT', 'ACTIVE', 'A job',"
                + " '{LONG_TERM_UNEMPLOYED}', date '2026-06-01', now(), 0)")) {
            insert.setObject(1, plan);
            insert.setObject(2, citizen);
            insert.executeUpdate();
        }
    }

    private static void insertFollowUp(Connection db, UUID id, UUID plan, String kind, String answers) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into " + SCHEMA + ".follow_up (id, plan_id, kind,"
                + " done_on, answers, recorded_by, recorded_at) values (?, ?, ?, date '2026-09-30', ?::jsonb,"
                + " 'caseworker-aarhus', now())")) {
            insert.setObject(1, id);
            insert.setObject(2, plan);
            insert.setString(3, kind);
            insert.setString(4, answers);
            insert.executeUpdate();
        }
    }

    private static String answers(Connection db, UUID followUp) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select answers::text from " + SCHEMA + ".follow_up where id = ?")) {
            query.setObject(1, followUp);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
