package dk.mentor.followup.infra.persistence;

import dk.mentor.followup.domain.Alert;
import dk.mentor.followup.domain.AlertSchedule;
import dk.mentor.followup.domain.DueItem;
import dk.mentor.kit.api.CappedCount;
import dk.mentor.kit.api.CappedCounts;
import dk.mentor.kit.api.PageRequest;
import dk.mentor.kit.persistence.NativeQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.query.NativeQuery;

/**
 * The stored due items of the plans (table plan_due_item) and the alert list over them: one query
 * that pages the due items of a municipality's plans together with the 3-monthly registrations, which
 * the query works out from the calendar as AlertSchedule does. Sorted as the list always was: by due day,
 * plan, kind (in the order of Alert.Kind), participant and agreement.
 */
@ApplicationScoped
public class DueItemRepository {

    /** The 3-monthly registration due on the latest quarter day since the plan opened (AlertSchedule.quarterlyDue). */
    private static final String QUARTERLY = """
            select 'QUARTERLY_REGISTRATION_DUE' as kind, p.id as plan_id, p.owner_municipality as municipality,
                   cast(null as uuid) as participant_id, cast(null as uuid) as agreement_id, q.due_on, cast(null as text) as detail
            from plan p
            cross join lateral (select cast(3 * floor(((extract(year from cast(:today as date)) - extract(year from p.opened_on)) * 12
                    + extract(month from cast(:today as date)) - extract(month from p.opened_on)) / 3) as integer) as months) m
            cross join lateral (select case
                    when cast(p.opened_on + make_interval(months => m.months) as date) <= cast(:today as date)
                    then cast(p.opened_on + make_interval(months => m.months) as date)
                    else cast(p.opened_on + make_interval(months => m.months - 3) as date) end as due_on) q
            where p.owner_municipality in (:municipalities) and p.status = 'ACTIVE' and p.line = 'EMPLOYMENT'
              and q.due_on > p.opened_on
              and not exists (select 1 from follow_up f where f.plan_id = p.id and f.kind = 'QUARTERLY_REGISTRATION'
                              and f.done_on >= q.due_on - %d)
            """.formatted(AlertSchedule.REGISTRATION_WINDOW_DAYS);

    private static final String STORED = """
            select d.kind, d.plan_id, d.municipality, d.participant_id, d.agreement_id, d.due_on,
                   case when d.detail_once_due is not null and d.due_on < cast(:today as date) then d.detail_once_due
                        else d.detail end as detail
            from plan_due_item d
            where d.municipality in (:municipalities)
              and case when d.kind = 'AGREEMENT_EXPIRING' then d.due_on <= cast(:horizon as date)
                       else d.shows_from is null or d.shows_from <= cast(:today as date) end
            """;

    private static final String KIND_ORDER = Arrays.stream(Alert.Kind.values())
            .map(k -> "when '" + k.name() + "' then " + k.ordinal())
            .collect(Collectors.joining(" ", "case kind ", " end"));

    @Inject
    EntityManager em;

    /** Locks the plan's row for the rest of the transaction (it flushes the transaction's pending changes first). */
    public void lockPlan(UUID planId) {
        NativeQueries.column(em, "select id from plan where id = :id for update", "id", UUID.class)
                .setParameter("id", planId).getResultList();
    }

    /**
     * Makes the plan's stored due items these, writing only the difference: most changes move one item (a
     * logged meeting moves the next meeting's due day), and a plan's items were all deleted and inserted again
     * on every change before, which made the table grow by dead rows at the pace of the meetings.
     */
    public void replace(UUID planId, String municipality, List<DueItem> items, Instant now) {
        Set<DueItem> wanted = municipality == null ? Set.of() : new LinkedHashSet<>(items);
        Map<StoredItem, Long> rows = stored(planId).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Set<DueItem> kept = new HashSet<>();
        rows.forEach((row, copies) -> {
            // A delete matches every copy of a row, so a row stored twice is deleted and written once again.
            if (copies == 1 && row.municipality().equals(municipality) && wanted.contains(row.item())) {
                kept.add(row.item());
            } else {
                delete(planId, row);
            }
        });
        for (DueItem item : wanted) {
            if (!kept.contains(item)) {
                insert(planId, municipality, item);
            }
        }
        if (municipality != null) {
            // The first write is what marks a plan as written (UnwrittenDueItems); later ones need not touch the row.
            statement("insert into plan_due_state (plan_id, written_at) values (:plan, :now) on conflict (plan_id) do nothing")
                    .setParameter("plan", planId).setParameter("now", now).executeUpdate();
        }
    }

    private record StoredItem(String municipality, DueItem item) {
    }

    private List<StoredItem> stored(UUID planId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = statement("""
                select municipality, kind, participant_id, agreement_id, due_on, shows_from, detail, detail_once_due
                from plan_due_item where plan_id = :plan""").setParameter("plan", planId).getResultList();
        return rows.stream().map(row -> new StoredItem((String) row[0], new DueItem(Alert.Kind.valueOf((String) row[1]),
                (UUID) row[2], (UUID) row[3], localDate(row[4]), localDate(row[5]), (String) row[6], (String) row[7])))
                .toList();
    }

    private void delete(UUID planId, StoredItem row) {
        DueItem item = row.item();
        statement("""
                delete from plan_due_item where plan_id = :plan and municipality = :municipality and kind = :kind
                  and participant_id is not distinct from :participant and agreement_id is not distinct from :agreement
                  and due_on = :due and shows_from is not distinct from :shows and detail = :detail
                  and detail_once_due is not distinct from :onceDue""")
                .setParameter("plan", planId).setParameter("municipality", row.municipality())
                .setParameter("kind", item.kind().name()).setParameter("participant", item.participantId())
                .setParameter("agreement", item.agreementId()).setParameter("due", item.dueOn())
                .setParameter("shows", item.showsFrom()).setParameter("detail", item.detail())
                .setParameter("onceDue", item.detailOnceDue()).executeUpdate();
    }

    private void insert(UUID planId, String municipality, DueItem item) {
        statement("""
                insert into plan_due_item (plan_id, municipality, kind, participant_id, agreement_id, due_on,
                                           shows_from, detail, detail_once_due)
                values (:plan, :municipality, :kind, :participant, :agreement, :due, :shows, :detail, :onceDue)""")
                .setParameter("plan", planId).setParameter("municipality", municipality)
                .setParameter("kind", item.kind().name()).setParameter("participant", item.participantId())
                .setParameter("agreement", item.agreementId()).setParameter("due", item.dueOn())
                .setParameter("shows", item.showsFrom()).setParameter("detail", item.detail())
                .setParameter("onceDue", item.detailOnceDue()).executeUpdate();
    }

    private static LocalDate localDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /**
     * A statement on the due-item tables alone: Hibernate need not flush the transaction's entities before it
     * (which, done before each of thousands of statements, costs more than the statements).
     */
    private Query statement(String sql) {
        return em.createNativeQuery(sql).unwrap(NativeQuery.class).addSynchronizedQuerySpace("plan_due_item");
    }

    /**
     * The active plans whose due items were never written (they predate the table), of these municipalities
     * or, given null, of all.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> unwritten(Collection<String> municipalities) {
        Query query = NativeQueries.column(em, "select p.id from plan p where p.status = 'ACTIVE'"
                + (municipalities == null ? "" : " and p.owner_municipality in (:municipalities)")
                + " and not exists (select 1 from plan_due_state s where s.plan_id = p.id) order by p.id",
                "id", UUID.class);
        if (municipalities != null) {
            query.setParameter("municipalities", municipalities);
        }
        return query.getResultList();
    }

    /** A page of alerts and their count up to the limit asked for. */
    public record AlertPage(List<Alert> alerts, CappedCount total) {
    }

    /**
     * One page of the alerts due on the municipalities' plans on that day, counted up to {@code countLimit}
     * (see {@link CappedCount}) in the same statement: the rows up to the limit are found and sorted once, and
     * the page and the count are both taken from them, where a separate count ran the union a second time.
     */
    public AlertPage page(Collection<String> municipalities, Alert.Kind kind, LocalDate today, int warningDays,
                          PageRequest page, long countLimit) {
        String order = " order by due_on, plan_id, " + KIND_ORDER + ", participant_id nulls first, agreement_id nulls first";
        Query query = em.createNativeQuery("select alert.*, count(*) over () from (select * from (" + union(kind)
                + ") due" + order + " limit :countLimit) alert" + order + " limit :size offset :offset");
        bind(query, municipalities, kind, today, warningDays);
        query.setParameter("countLimit", countLimit).setParameter("size", page.size()).setParameter("offset", page.offset());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            // Past the end, or nothing due: only a page past the end needs the count on its own.
            return new AlertPage(List.of(), page.page() == 0 ? CappedCount.of(0, countLimit)
                    : count(municipalities, kind, today, warningDays, countLimit));
        }
        long counted = ((Number) rows.get(0)[7]).longValue();
        return new AlertPage(rows.stream().map(DueItemRepository::alert).toList(), CappedCount.of(counted, countLimit));
    }

    private CappedCount count(Collection<String> municipalities, Alert.Kind kind, LocalDate today, int warningDays,
                              long limit) {
        return CappedCounts.sql(em, "from (" + union(kind) + ") alert", parameters(municipalities, kind, today, warningDays),
                limit);
    }

    private static String union(Alert.Kind kind) {
        if (kind == Alert.Kind.QUARTERLY_REGISTRATION_DUE) {
            return QUARTERLY;
        }
        String stored = kind == null ? STORED : STORED + " and d.kind = :kind";
        return kind == null ? stored + " union all " + QUARTERLY : stored;
    }

    private static void bind(Query query, Collection<String> municipalities, Alert.Kind kind, LocalDate today,
                             int warningDays) {
        parameters(municipalities, kind, today, warningDays).forEach(query::setParameter);
    }

    private static Map<String, Object> parameters(Collection<String> municipalities, Alert.Kind kind, LocalDate today,
                                                  int warningDays) {
        Map<String, Object> parameters = new HashMap<>(Map.of("municipalities", municipalities, "today", today));
        if (kind != Alert.Kind.QUARTERLY_REGISTRATION_DUE) {
            parameters.put("horizon", today.plusDays(warningDays));
        }
        if (kind != null && kind != Alert.Kind.QUARTERLY_REGISTRATION_DUE) {
            parameters.put("kind", kind.name());
        }
        return parameters;
    }

    private static Alert alert(Object[] row) {
        Alert.Kind kind = Alert.Kind.valueOf((String) row[0]);
        LocalDate due = localDate(row[5]);
        String detail = kind == Alert.Kind.QUARTERLY_REGISTRATION_DUE ? AlertSchedule.quarterlyDetail(due) : (String) row[6];
        return new Alert(kind, (UUID) row[1], (String) row[2], (UUID) row[3], (UUID) row[4], due, detail);
    }
}
