package dk.mentor.catalog.benchmark;

import dk.mentor.contracts.codes.MunicipalityCode;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Writes generated mentors straight into the catalogue's tables with batched inserts: a setup for the
 * benchmark, not a path the product uses. The mix is seeded, so every run measures the same catalogue.
 */
final class GeneratedMentors {

    private static final String[] KINDS = {"VOLUNTEER", "VOLUNTEER", "PAID_SOCIAL_MENTOR", "PAID_SOCIAL_MENTOR",
            "COMPANY_MENTOR", "MUNICIPAL_EMPLOYEE", "SUPPORT_CONTACT_PERSON_SEL85", "CONTACT_PERSON_SEL99", "INTEGRATION_MENTOR"};
    private static final String[] STATUSES = {"ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE",
            "PAUSED", "APPLICANT", "RETIRED"};
    private static final String[] LANGUAGES = {"da", "en", "ar", "so", "tr", "pl", "uk", "fa", "ur", "de"};
    private static final String[] COMPETENCES = {"network", "job applications", "legal knowledge", "labour market",
            "conversation technique", "crafts", "it", "health"};
    private static final String[] PLACES = {"JOB_CENTRE", "CITIZEN_HOME", "WORKPLACE", "ACTIVATION_SITE", "PUBLIC_PLACE"};
    private static final String[] GENDERS = {"FEMALE", "MALE", "FEMALE", "MALE", "OTHER"};

    private GeneratedMentors() {
    }

    /** The seeded target groups, in a fixed order so a seed gives the same catalogue. */
    private static String[] targetGroups(Connection c) throws SQLException {
        List<String> codes = new java.util.ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("select code from code_list_entry where list = 'TARGET_GROUP' order by code");
             java.sql.ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                codes.add(rows.getString(1));
            }
        }
        return codes.toArray(String[]::new);
    }

    static void insert(DataSource dataSource, int count, long seed) throws SQLException {
        Random random = new Random(seed);
        List<String> municipalities = MunicipalityCode.all().stream().map(MunicipalityCode::code).toList();
        Timestamp now = Timestamp.from(Instant.parse("2026-11-23T10:00:00Z"));
        try (Connection c = dataSource.getConnection()) {
            String[] groups = targetGroups(c);
            c.setAutoCommit(false);
            try (PreparedStatement mentor = c.prepareStatement("insert into mentor (id, display_name, kind, home_municipality,"
                    + " legal_bases, capacity_citizens, capacity_hours_per_week, registered_at, version, status, sharing_scope,"
                    + " shared_with, languages, competences, target_groups, meeting_places, gender, area_municipality,"
                    + " changed_at, active_mentorships, committed_hours) values (?,?,?,?,?,?,?,?,0,?,?,?,?,?,?,?,?,?,?,?,?)");
                 PreparedStatement window = c.prepareStatement("insert into mentor_meeting_window (mentor_id, day_of_week,"
                         + " starts_at, ends_at) values (?,?,?,?)")) {
                for (int i = 0; i < count; i++) {
                    UUID id = new UUID(random.nextLong(), random.nextLong());
                    String home = municipalities.get(random.nextInt(municipalities.size()));
                    int scopeRoll = random.nextInt(10);
                    String scope = scopeRoll == 0 ? "NATIONAL" : scopeRoll == 1 ? "LISTED_MUNICIPALITIES" : "OWN_MUNICIPALITY";
                    String[] shared = scopeRoll == 1 ? new String[] {other(municipalities, home, random)} : new String[0];
                    int capacity = 1 + random.nextInt(4);
                    mentor.setObject(1, id);
                    mentor.setString(2, "Mentor " + Integer.toString(random.nextInt(1_000_000), 36) + " " + i);
                    mentor.setString(3, KINDS[random.nextInt(KINDS.length)]);
                    mentor.setString(4, home);
                    mentor.setArray(5, c.createArrayOf("text", random.nextBoolean() ? new String[] {"LAB_167"}
                            : new String[] {"LAB_167", "SEL_85"}));
                    mentor.setInt(6, capacity);
                    mentor.setBigDecimal(7, BigDecimal.valueOf(2 + random.nextInt(10)));
                    mentor.setTimestamp(8, now);
                    mentor.setString(9, STATUSES[random.nextInt(STATUSES.length)]);
                    mentor.setString(10, scope);
                    mentor.setArray(11, c.createArrayOf("text", shared));
                    mentor.setArray(12, some(c, LANGUAGES, 1 + random.nextInt(2), random));
                    mentor.setArray(13, some(c, COMPETENCES, random.nextInt(3), random));
                    mentor.setArray(14, c.createArrayOf("text", new String[] {groups[random.nextInt(groups.length)]}));
                    mentor.setArray(15, some(c, PLACES, 1 + random.nextInt(2), random));
                    mentor.setString(16, GENDERS[random.nextInt(GENDERS.length)]);
                    mentor.setString(17, home);
                    mentor.setTimestamp(18, now);
                    int load = random.nextInt(capacity + 1);
                    mentor.setInt(19, load);
                    mentor.setBigDecimal(20, BigDecimal.valueOf(load));
                    mentor.addBatch();
                    int day = 1 + random.nextInt(5);
                    window.setObject(1, id);
                    window.setInt(2, day);
                    window.setTime(3, Time.valueOf(LocalTime.of(8 + random.nextInt(3), 0)));
                    window.setTime(4, Time.valueOf(LocalTime.of(13 + random.nextInt(4), 0)));
                    window.addBatch();
                    if (i % 1000 == 999) {
                        mentor.executeBatch();
                        window.executeBatch();
                        c.commit();
                    }
                }
                mentor.executeBatch();
                window.executeBatch();
                c.commit();
            }
            try (var analyze = c.createStatement()) {
                analyze.execute("analyze mentor");
                analyze.execute("analyze mentor_meeting_window");
            }
            c.commit();
        }
    }

    private static String other(List<String> municipalities, String home, Random random) {
        String pick;
        do {
            pick = municipalities.get(random.nextInt(municipalities.size()));
        } while (pick.equals(home));
        return pick;
    }

    private static Array some(Connection c, String[] values, int n, Random random) throws SQLException {
        java.util.Set<String> picked = new java.util.TreeSet<>();
        while (picked.size() < n) {
            picked.add(values[random.nextInt(values.length)]);
        }
        return c.createArrayOf("text", picked.toArray(new String[0]));
    }
}
