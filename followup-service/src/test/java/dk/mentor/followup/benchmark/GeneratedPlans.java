package dk.mentor.followup.benchmark;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Active employment-line plans of one municipality inserted straight over JDBC, in batches: each with an
 * (anonymous) citizen, its caseworker, a mentor under LAB § 167 with a written agreement and a few held
 * meetings. Their due items are not written: the alert list writes them on first use, as it does for
 * plans from before the due items were stored. Seeded, so every run has the same plans.
 */
public final class GeneratedPlans {

    private static final int BATCH = 500;
    private static final int MEETINGS = 3;

    private GeneratedPlans() {
    }

    /** Inserts the plans with their caseworker, mentor, agreement and meetings, and returns their ids. */
    public static List<UUID> insert(DataSource dataSource, String municipality, int count, long seed) throws SQLException {
        return insert(dataSource, municipality, count, seed, true);
    }

    /**
     * Inserts the plans, with their parts or bare (then each was opened 100 to 400 days ago, so each has its
     * 3-monthly registration due and nothing else), and returns their ids.
     */
    public static List<UUID> insert(DataSource dataSource, String municipality, int count, long seed, boolean withParts)
            throws SQLException {
        Random random = new Random(seed);
        LocalDate today = LocalDate.now();
        Timestamp now = Timestamp.from(Instant.now());
        List<UUID> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement citizen = c.prepareStatement("""
                     insert into citizen (id, anonymous, alias, acting_municipality, registered_at, version)
                     values (?, true, ?, ?, ?, 0)""");
             PreparedStatement plan = c.prepareStatement("""
                     insert into plan (id, citizen_id, owner_municipality, coordinating_caseworker, line, status,
                                       long_term_goal, target_groups, opened_on, opened_at, version)
                     values (?, ?, ?, 'caseworker-bench', 'EMPLOYMENT', 'ACTIVE', 'A job', '{LONG_TERM_UNEMPLOYED}', ?, ?, 0)""");
             PreparedStatement participant = c.prepareStatement("""
                     insert into participant (id, plan_id, display_name, username, role, legal_basis, legal_line,
                                              cadence_days, started_on, added_at)
                     values (?, ?, ?, ?, ?, ?, 'EMPLOYMENT', 14, ?, ?)""");
             PreparedStatement agreement = c.prepareStatement("""
                     insert into mentor_agreement (id, plan_id, participant_id, goal, mentor_name, mentor_contact, tasks,
                                                   period_from, period_to, hours_per_week, complaint_guidance, activation,
                                                   created_by, created_at)
                     values (?, ?, ?, 'Keep the job', 'Mentor', 'mentor@example.dk', 'Weekly talks', ?, ?, 3, 'Complain',
                             false, 'caseworker-bench', ?)""");
             PreparedStatement meeting = c.prepareStatement("""
                     insert into meeting (row_id, meeting_id, version, current_version, plan_id, participant_id, author,
                                          meeting_date, duration_minutes, mode, place, attendance, transport_minutes,
                                          activation_relevant, note_visibility, logged_at)
                     values (?, ?, 1, true, ?, ?, 'mentor-bench', ?, 60, 'IN_PERSON', 'CITIZEN_HOME', 'HELD', 0, false,
                             'MENTOR_ONLY', ?)""")) {
            c.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                UUID citizenId = UUID.randomUUID();
                UUID planId = UUID.randomUUID();
                LocalDate opened = today.minusDays(withParts ? random.nextInt(400) : 100 + random.nextInt(300));
                citizen.setObject(1, citizenId);
                citizen.setString(2, "Borger " + i);
                citizen.setString(3, municipality);
                citizen.setTimestamp(4, now);
                citizen.addBatch();
                plan.setObject(1, planId);
                plan.setObject(2, citizenId);
                plan.setString(3, municipality);
                plan.setDate(4, Date.valueOf(opened));
                plan.setTimestamp(5, now);
                plan.addBatch();
                ids.add(planId);
                if (withParts) {
                    parts(participant, agreement, meeting, planId, opened, i, random, today, now);
                }
                if ((i + 1) % BATCH == 0 || i == count - 1) {
                    for (PreparedStatement s : List.of(citizen, plan, participant, agreement, meeting)) {
                        s.executeBatch();
                    }
                    c.commit();
                }
            }
        }
        return ids;
    }

    private static void parts(PreparedStatement participant, PreparedStatement agreement, PreparedStatement meeting,
                              UUID planId, LocalDate opened, int i, Random random, LocalDate today, Timestamp now)
            throws SQLException {
        // every generated participation is under LAB § 167, the employment line the insert records
        participant(participant, planId, "Sagsbehandler", "caseworker-bench", "CASEWORKER", "LAB_167", opened, now);
        UUID mentorId = participant(participant, planId, "Mentor " + i, "mentor-bench-" + (i % 50), "LAB_MENTOR",
                "LAB_167", opened, now);
        LocalDate from = opened.plusDays(random.nextInt(30));
        agreement.setObject(1, UUID.randomUUID());
        agreement.setObject(2, planId);
        agreement.setObject(3, mentorId);
        agreement.setDate(4, Date.valueOf(from));
        agreement.setDate(5, Date.valueOf(from.plusMonths(6).minusDays(1)));
        agreement.setTimestamp(6, now);
        agreement.addBatch();
        for (int m = 0; m < MEETINGS; m++) {
            meeting.setObject(1, UUID.randomUUID());
            meeting.setObject(2, UUID.randomUUID());
            meeting.setObject(3, planId);
            meeting.setObject(4, mentorId);
            meeting.setDate(5, Date.valueOf(opened.plusDays(random.nextInt(Math.max(1, (int) (today.toEpochDay()
                    - opened.toEpochDay())) + 1))));
            meeting.setTimestamp(6, now);
            meeting.addBatch();
        }
    }

    private static UUID participant(PreparedStatement s, UUID planId, String name, String username, String role,
                                    String basis, LocalDate startedOn, Timestamp now) throws SQLException {
        UUID id = UUID.randomUUID();
        s.setObject(1, id);
        s.setObject(2, planId);
        s.setString(3, name);
        s.setString(4, username);
        s.setString(5, role);
        s.setString(6, basis);
        s.setDate(7, Date.valueOf(startedOn));
        s.setTimestamp(8, now);
        s.addBatch();
        return id;
    }
}
