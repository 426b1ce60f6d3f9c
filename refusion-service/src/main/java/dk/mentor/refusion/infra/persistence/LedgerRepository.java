package dk.mentor.refusion.infra.persistence;

import dk.mentor.kit.api.CappedCount;
import dk.mentor.kit.api.CappedCounts;
import dk.mentor.kit.api.PageRequest;
import dk.mentor.kit.persistence.NativeQueries;
import dk.mentor.refusion.domain.CeilingFrame;
import dk.mentor.refusion.domain.CeilingKind;
import dk.mentor.refusion.domain.CostAndEffect;
import dk.mentor.refusion.domain.ExpenseLine;
import dk.mentor.refusion.domain.ExpenseLineFilter;
import dk.mentor.refusion.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

@ApplicationScoped
public class LedgerRepository {

    @Inject
    EntityManager em;

    public void persist(ExpenseLine line) {
        em.persist(line);
    }

    public Optional<ExpenseLine> find(UUID id) {
        return Optional.ofNullable(em.find(ExpenseLine.class, id));
    }

    /** The meeting's lines that stand: neither reversed nor reversals. */
    public List<ExpenseLine> standingLinesOfMeeting(UUID meetingId) {
        return em.createQuery("select l from ExpenseLine l where l.meetingId = :meeting and l.reversed = false"
                        + " and l.reverses is null order by l.seq", ExpenseLine.class)
                .setParameter("meeting", meetingId).getResultList();
    }

    /** The meetings with standing lines paid by a municipality in a period, in date order. */
    public List<UUID> meetingsWithStandingLines(String municipality, LocalDate from, LocalDate to) {
        return em.createQuery("select l.meetingId from ExpenseLine l where l.municipality = :m and l.meetingId is not null"
                        + " and l.reversed = false and l.reverses is null and l.expenseDate between :from and :to"
                        + " group by l.meetingId order by min(l.expenseDate), l.meetingId", UUID.class)
                .setParameter("m", municipality).setParameter("from", from).setParameter("to", to).getResultList();
    }

    /**
     * The standing lines of a municipality in a period that no meeting caused (training and fees), in
     * posting order: each was judged once, when posted.
     */
    public List<ExpenseLine> standingLinesWithoutMeeting(String municipality, LocalDate from, LocalDate to) {
        return em.createQuery("select l from ExpenseLine l where l.municipality = :m and l.meetingId is null"
                        + " and l.reversed = false and l.reverses is null and l.expenseDate between :from and :to"
                        + " order by l.seq", ExpenseLine.class)
                .setParameter("m", municipality).setParameter("from", from).setParameter("to", to).getResultList();
    }

    public boolean trainingPosted(UUID attendanceId) {
        return em.createQuery("select count(l) from ExpenseLine l where l.attendanceId = :id", Long.class)
                .setParameter("id", attendanceId).getSingleResult() > 0;
    }

    public List<ExpenseLine> page(ExpenseLineFilter filter, PageRequest page) {
        ExpenseLineSql sql = ExpenseLineSql.of(filter);
        Query query = NativeQueries.entities(em, "select l.* from expense_line l" + sql.where() + " order by l.seq",
                ExpenseLine.class);
        sql.parameters().forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<ExpenseLine> lines = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return lines;
    }

    /** The lines the filter finds, counted up to the cap unless the page tells (see {@link CappedCounts}). */
    public CappedCount count(ExpenseLineFilter filter, PageRequest page, int onPage, int cap) {
        ExpenseLineSql sql = ExpenseLineSql.of(filter);
        return CappedCounts.sql(em, "from expense_line l" + sql.where(), sql.parameters(), page, onPage, cap);
    }

    /**
     * The lines a claim of a municipality, regime and period takes: unclaimed, not held, refunded at a rate
     * above 0; a line reversed before any claim took it is left out together with its reversal, since the
     * pair nets to nothing (the reversed line has the same municipality, regime and day as its reversal).
     * The database filters, so only the lines the claim takes are read.
     */
    public List<ExpenseLine> claimable(String municipality, String regime, LocalDate from, LocalDate to) {
        return em.createQuery("select l from ExpenseLine l where l.municipality = :m and l.regime = :regime"
                        + " and l.expenseDate between :from and :to and l.claimId is null and l.held = false"
                        + " and l.refundRate > 0 and l.reversed = false and not exists (select 1 from ExpenseLine o"
                        + " where o.id = l.reverses and o.claimId is null) order by l.seq", ExpenseLine.class)
                .setParameter("m", municipality).setParameter("regime", regime)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** Every line of a municipality in a regime and period that a claim may count, claimed or not: not held, a rate above 0. */
    public List<ExpenseLine> refundedInPeriod(String municipality, String regime, LocalDate from, LocalDate to) {
        return em.createQuery("select l from ExpenseLine l where l.municipality = :m and l.regime = :regime"
                        + " and l.held = false and l.refundRate > 0 and l.expenseDate between :from and :to"
                        + " order by l.seq", ExpenseLine.class)
                .setParameter("m", municipality).setParameter("regime", regime)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    /**
     * The lines counting against a ceiling in a period (not held), in posting order: with what the year
     * spent under it before the period ({@link #spentUnderCeilingBefore}) they are the whole walk of the
     * ceiling, since every earlier day comes before them.
     */
    public List<ExpenseLine> underCeilingBetween(String municipality, CeilingFrame frame, LocalDate from, LocalDate to) {
        return em.createQuery("select l from ExpenseLine l where l.municipality = :m and l.regime = :regime"
                        + " and l.held = false and l.ceilingKind = :kind and l.expenseDate between :from and :to order by l.seq", ExpenseLine.class)
                .setParameter("m", municipality).setParameter("regime", frame.regime()).setParameter("kind", frame.kind())
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** The amount counted against a ceiling from the first of the day's year up to the day before it. */
    public BigDecimal spentUnderCeilingBefore(String municipality, CeilingFrame frame, LocalDate day) {
        BigDecimal spent = em.createQuery("select sum(l.amount) from ExpenseLine l where l.municipality = :m"
                        + " and l.regime = :regime and l.held = false and l.ceilingKind = :kind"
                        + " and l.expenseDate >= :first and l.expenseDate < :day", BigDecimal.class)
                .setParameter("m", municipality).setParameter("regime", frame.regime()).setParameter("kind", frame.kind())
                .setParameter("first", LocalDate.of(day.getYear(), 1, 1)).setParameter("day", day).getSingleResult();
        return spent == null ? BigDecimal.ZERO : spent;
    }

    /**
     * Lines of a municipality counting against a ceiling from the first of the year up to a day, in
     * posting order. A held line counts against no ceiling until its hold is cleared.
     */
    public List<ExpenseLine> underCeiling(String municipality, CeilingFrame frame, LocalDate upTo) {
        return em.createQuery("select l from ExpenseLine l where l.municipality = :m and l.regime = :regime"
                        + " and l.held = false and l.ceilingKind = :kind and l.expenseDate between :first and :upTo order by l.seq", ExpenseLine.class)
                .setParameter("m", municipality).setParameter("regime", frame.regime()).setParameter("kind", frame.kind())
                .setParameter("first", LocalDate.of(upTo.getYear(), 1, 1)).setParameter("upTo", upTo)
                .getResultList();
    }

    /** The amount counted against a ceiling per day of the year. */
    public SortedMap<LocalDate, BigDecimal> dailyTotals(String municipality, CeilingFrame frame, int year) {
        List<Object[]> rows = em.createQuery("select l.expenseDate, sum(l.amount) from ExpenseLine l"
                        + " where l.municipality = :m and l.regime = :regime and l.ceilingKind = :kind and l.held = false"
                        + " and l.expenseDate between :first and :last group by l.expenseDate", Object[].class)
                .setParameter("m", municipality).setParameter("regime", frame.regime()).setParameter("kind", frame.kind())
                .setParameter("first", LocalDate.of(year, 1, 1)).setParameter("last", LocalDate.of(year, 12, 31))
                .getResultList();
        SortedMap<LocalDate, BigDecimal> totals = new TreeMap<>();
        rows.forEach(r -> totals.put((LocalDate) r[0], (BigDecimal) r[1]));
        return totals;
    }

    /** The ceilings (regime and kind) the municipality has lines under in a year, in order. */
    public List<CeilingFrame> ceilingsUsed(String municipality, int year) {
        return em.createQuery("select distinct l.regime, l.ceilingKind from ExpenseLine l where l.municipality = :m"
                        + " and l.ceilingKind <> :none and l.held = false and l.expenseDate between :first and :last", Object[].class)
                .setParameter("m", municipality).setParameter("none", CeilingKind.NONE)
                .setParameter("first", LocalDate.of(year, 1, 1)).setParameter("last", LocalDate.of(year, 12, 31))
                .getResultStream().map(row -> new CeilingFrame((String) row[0], (CeilingKind) row[1])).sorted().toList();
    }

    /** Lines in a period where one of the municipalities paid and the other provided the mentor. */
    public List<ExpenseLine> crossMunicipal(String municipality, LocalDate from, LocalDate to) {
        return em.createQuery("select l from ExpenseLine l where l.expenseDate between :from and :to"
                        + " and l.providerMunicipality is not null and l.providerMunicipality <> l.municipality"
                        + " and (l.municipality = :m or l.providerMunicipality = :m) order by l.seq", ExpenseLine.class)
                .setParameter("m", municipality).setParameter("from", from).setParameter("to", to).getResultList();
    }

    public List<ExpenseLine> ofClaim(UUID claimId) {
        return em.createQuery("select l from ExpenseLine l where l.claimId = :claim order by l.seq", ExpenseLine.class)
                .setParameter("claim", claimId).getResultList();
    }

    /**
     * The net cost of a municipality's citizen lines in a period that no ceiling limits, summed per plan,
     * citizen, mentor and month by the database. Such a line's refund is its amount at its rate rounded on
     * its own (numeric round is half away from zero, as Money.share), so each sum is that of its lines.
     */
    public List<CostAndEffect.Cost> unlimitedCitizenCosts(String municipality, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select plan_id, citizen_ref, mentor_id,"
                        + " cast(extract(year from expense_date) as integer), cast(extract(month from expense_date) as integer),"
                        + " sum(amount - round(amount * refund_rate, 2)) from expense_line where municipality = ?1"
                        + " and expense_date between ?2 and ?3 and plan_id is not null and ceiling_kind = 'NONE'"
                        + " group by 1, 2, 3, 4, 5")
                .setParameter(1, municipality).setParameter(2, from).setParameter(3, to).getResultList();
        return rows.stream().map(r -> new CostAndEffect.Cost((UUID) r[0], (UUID) r[1], (UUID) r[2],
                YearMonth.of(((Number) r[3]).intValue(), ((Number) r[4]).intValue()), Money.of((BigDecimal) r[5]))).toList();
    }

    /**
     * The lines of a municipality in a period that the cost-and-effect report prices one by one, in posting
     * order: a mentor's (no plan; shared over the mentor's plans) and those under a ceiling (walked in order).
     */
    public List<ExpenseLine> pricedOneByOne(String municipality, LocalDate from, LocalDate to) {
        return em.createQuery("select l from ExpenseLine l where l.municipality = :m and l.expenseDate between :from and :to"
                        + " and (l.planId is null or l.ceilingKind <> :none) order by l.seq", ExpenseLine.class)
                .setParameter("m", municipality).setParameter("from", from).setParameter("to", to)
                .setParameter("none", CeilingKind.NONE).getResultList();
    }

    /** Mentor minutes (wage lines, reversals subtracting) of a municipality in a year per target group. */
    public java.util.Map<String, Long> mentorMinutesByTargetGroup(String municipality, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select g.target_group, sum(l.minutes) from expense_line l"
                        + " cross join lateral unnest(l.target_groups) as g(target_group)"
                        + " where l.municipality = ?1 and l.expense_type = 'WAGE' and l.expense_date between ?2 and ?3"
                        + " group by g.target_group")
                .setParameter(1, municipality).setParameter(2, LocalDate.of(year, 1, 1))
                .setParameter(3, LocalDate.of(year, 12, 31)).getResultList();
        java.util.Map<String, Long> minutes = new java.util.HashMap<>();
        rows.forEach(r -> minutes.put((String) r[0], ((Number) r[1]).longValue()));
        return minutes;
    }
}
