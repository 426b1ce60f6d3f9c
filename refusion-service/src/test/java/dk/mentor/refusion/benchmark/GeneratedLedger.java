package dk.mentor.refusion.benchmark;

import io.agroal.api.AgroalDataSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A municipality's ledger generated straight into the database by JDBC, for the benchmarks: meeting
 * lines of a set of citizens' plans and mentorships, a mentor's training lines without a citizen, and
 * every hundredth line corrected (reversed, its reversal and a new line), as the services post them.
 */
final class GeneratedLedger {

    /** The rule a generated line is judged by, as the ledger copies it onto the line. */
    record Judgement(UUID ruleSetId, String regime, String legalBasis, BigDecimal refundRate, String ceilingKind) {
    }

    /** A citizen's plan, with the mentor of its one mentorship. */
    record Plan(UUID planId, UUID citizenRef, UUID mentorId) {
    }

    private static final int BATCH = 1_000;
    private static final String INSERT_LINE = "insert into expense_line (id, municipality, provider_municipality, plan_id,"
            + " citizen_ref, mentor_id, mentor_kind, meeting_id, meeting_version, attendance_id, kind, expense_type,"
            + " legal_basis, target_groups, expense_date, minutes, hourly_rate, amount, rule_set_id, regime, refund_rate,"
            + " ceiling_kind, account_code, source_event_id, source_event_type, reverses, reversed, posted_at)"
            + " values (?, ?, ?, ?, ?, ?, 'PAID_SOCIAL_MENTOR', ?, 1, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?, ?,"
            + " '5.68.90.018', ?, 'Generated', ?, ?, ?)";

    private final AgroalDataSource dataSource;
    private final String municipality;
    private final Random random;

    GeneratedLedger(AgroalDataSource dataSource, String municipality, long seed) {
        this.dataSource = dataSource;
        this.municipality = municipality;
        this.random = new Random(seed);
    }

    /** The seeded general rule row of a regime and basis for wages in force on a day. */
    Judgement rule(String regime, String legalBasis, String targetGroup, LocalDate on) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("select id, refund_rate,"
                + " ceiling_kind from rule_set where regime = ? and legal_basis = ? and expense_type = 'WAGE'"
                + " and municipality is null and target_group is not distinct from ? and valid_from <= ?"
                + " and (valid_to is null or valid_to >= ?)")) {
            s.setString(1, regime);
            s.setString(2, legalBasis);
            s.setString(3, targetGroup);
            s.setDate(4, Date.valueOf(on));
            s.setDate(5, Date.valueOf(on));
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no seeded rule " + regime + " " + legalBasis + " " + targetGroup);
                }
                return new Judgement(rs.getObject(1, UUID.class), regime, legalBasis, rs.getBigDecimal(2), rs.getString(3));
            }
        }
    }

    /** Plans, citizens and one mentorship each (from the period's start for its length), spread over mentors. */
    List<Plan> plans(int count, int mentors, LocalDate from, LocalDate to, String targetGroup) throws Exception {
        List<UUID> mentorIds = new ArrayList<>();
        for (int i = 0; i < mentors; i++) {
            mentorIds.add(UUID.randomUUID());
        }
        List<Plan> plans = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement plan = c.prepareStatement("insert into plan_fact (plan_id, citizen_ref, acting_municipality,"
                     + " target_groups, opened_on) values (?, ?, ?, ?::text[], ?)");
             PreparedStatement mentorship = c.prepareStatement("insert into mentorship_fact (mentorship_id, plan_id,"
                     + " mentor_id, mentor_kind, mentor_municipality, acting_municipality, legal_basis, hourly_rate,"
                     + " target_groups, starts_on, ends_on) values (?, ?, ?, 'PAID_SOCIAL_MENTOR', ?, ?, 'LAB_167', 150,"
                     + " ?::text[], ?, ?)")) {
            c.setAutoCommit(false);
            int days = (int) (to.toEpochDay() - from.toEpochDay());
            for (int i = 0; i < count; i++) {
                Plan p = new Plan(UUID.randomUUID(), UUID.randomUUID(), mentorIds.get(i % mentors));
                plans.add(p);
                LocalDate starts = from.plusDays(random.nextInt(Math.max(1, days / 2)));
                plan.setObject(1, p.planId());
                plan.setObject(2, p.citizenRef());
                plan.setString(3, municipality);
                plan.setString(4, "{" + targetGroup + "}");
                plan.setDate(5, Date.valueOf(starts));
                plan.addBatch();
                mentorship.setObject(1, UUID.randomUUID());
                mentorship.setObject(2, p.planId());
                mentorship.setObject(3, p.mentorId());
                mentorship.setString(4, municipality);
                mentorship.setString(5, municipality);
                mentorship.setString(6, "{" + targetGroup + "}");
                mentorship.setDate(7, Date.valueOf(starts));
                mentorship.setDate(8, Date.valueOf(starts.plusMonths(6)));
                mentorship.addBatch();
                if ((i + 1) % BATCH == 0) {
                    plan.executeBatch();
                    mentorship.executeBatch();
                }
            }
            plan.executeBatch();
            mentorship.executeBatch();
            c.commit();
        }
        return plans;
    }

    /** Outcomes closed in the period for every other plan. */
    void outcomes(List<Plan> plans, LocalDate closedOn) throws Exception {
        String[] outcomes = {"EMPLOYMENT", "EDUCATION", "CONTINUED_SUPPORT", "DROPPED_OUT"};
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into plan_outcome (plan_id, municipality, outcome, closed_on) values (?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < plans.size(); i += 2) {
                s.setObject(1, plans.get(i).planId());
                s.setString(2, municipality);
                s.setString(3, outcomes[i / 2 % outcomes.length]);
                s.setDate(4, Date.valueOf(closedOn));
                s.addBatch();
            }
            s.executeBatch();
            c.commit();
        }
    }

    /**
     * Meeting lines of the plans on random days of the period, judged by the judgements in turn; every
     * hundredth line is corrected. Returns the ids of the standing lines.
     */
    List<UUID> meetings(List<Plan> plans, int lines, LocalDate from, LocalDate to, List<Judgement> judgements)
            throws Exception {
        List<UUID> standing = new ArrayList<>();
        int days = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(INSERT_LINE)) {
            c.setAutoCommit(false);
            for (int i = 0; i < lines; i++) {
                Plan plan = plans.get(i % plans.size());
                Judgement j = judgements.get(i % judgements.size());
                LocalDate day = from.plusDays(random.nextInt(days));
                int minutes = 30 + 15 * random.nextInt(8);
                BigDecimal amount = BigDecimal.valueOf(150L * minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
                UUID id = UUID.randomUUID();
                UUID meeting = UUID.randomUUID();
                boolean corrected = i % 100 == 99;
                line(s, id, plan, meeting, null, "MEETING", day, minutes, amount, j, null, corrected);
                if (corrected) {
                    line(s, UUID.randomUUID(), plan, meeting, null, "MEETING", day, -minutes, amount.negate(), j, id, false);
                    UUID again = UUID.randomUUID();
                    line(s, again, plan, meeting, null, "MEETING", day, minutes + 15,
                            amount.add(new BigDecimal("37.50")), j, null, false);
                    standing.add(again);
                } else {
                    standing.add(id);
                }
                if ((i + 1) % BATCH == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
            c.commit();
        }
        return standing;
    }

    /** A mentor's training lines (no citizen), one a month per mentor of the plans. */
    void training(List<Plan> plans, LocalDate from, int months, Judgement j) throws Exception {
        List<UUID> mentors = plans.stream().map(Plan::mentorId).distinct().toList();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(INSERT_LINE)) {
            c.setAutoCommit(false);
            for (UUID mentor : mentors) {
                for (int m = 0; m < months; m++) {
                    line(s, UUID.randomUUID(), new Plan(null, null, mentor), null, UUID.randomUUID(), "TRAINING",
                            from.plusMonths(m).plusDays(9), 120, new BigDecimal("500.00"), j, null, false);
                }
            }
            s.executeBatch();
            c.commit();
        }
    }

    private void line(PreparedStatement s, UUID id, Plan plan, UUID meeting, UUID attendance, String kind, LocalDate day,
                      int minutes, BigDecimal amount, Judgement j, UUID reverses, boolean reversed) throws Exception {
        s.setObject(1, id);
        s.setString(2, municipality);
        s.setString(3, municipality);
        s.setObject(4, plan.planId());
        s.setObject(5, plan.citizenRef());
        s.setObject(6, plan.mentorId());
        s.setObject(7, meeting);
        s.setObject(8, attendance);
        s.setString(9, kind);
        s.setString(10, "TRAINING".equals(kind) ? "TRAINING" : "WAGE");
        s.setString(11, j.legalBasis());
        s.setString(12, "{}");
        s.setDate(13, Date.valueOf(day));
        s.setInt(14, minutes);
        s.setBigDecimal(15, "TRAINING".equals(kind) ? null : new BigDecimal("150.00"));
        s.setBigDecimal(16, amount);
        s.setObject(17, j.ruleSetId());
        s.setString(18, j.regime());
        s.setBigDecimal(19, j.refundRate());
        s.setString(20, j.ceilingKind());
        s.setString(21, "generated:" + id);
        s.setObject(22, reverses);
        s.setBoolean(23, reversed);
        s.setTimestamp(24, Timestamp.from(Instant.now()));
        s.addBatch();
    }
}
