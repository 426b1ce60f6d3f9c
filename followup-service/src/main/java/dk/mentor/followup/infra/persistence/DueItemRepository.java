package dk.mentor.followup.infra.persistence;

import dk.mentor.followup.domain.Alert;
import dk.mentor.followup.domain.AlertSchedule;
import dk.mentor.followup.domain.DueItem;
import dk.mentor.kit.api.CappedCount;
import dk.mentor.kit.api.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
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
        em.createNativeQuery("select id from plan where id = :id for update", UUID.class).setParameter("id", planId)
                .getResultList();
    }

    /** Replaces the plan's due items and notes them as written. */
    public void replace(UUID planId, String municipality, List<DueItem> items, Instant now) {
        statement("delete from plan_due_item where plan_id = :plan").setParameter("plan", planId).executeUpdate();
        for (DueItem item : items) {
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
        statement("""
                        insert into plan_due_state (plan_id, written_at) values (:plan, :now)
                        on conflict (plan_id) do update set written_at = excluded.written_at""")
                .setParameter("plan", planId).setParameter("now", now).executeUpdate();
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
        Query query = em.createNativeQuery("select p.id from plan p where p.status = 'ACTIVE'"
                + (municipalities == null ? "" : " and p.owner_municipality in (:municipalities)")
                + " and not exists (select 1 from plan_due_state s where s.plan_id = p.id) order by p.id", UUID.class);
        if (municipalities != null) {
            query.setParameter("municipalities", municipalities);
        }
        return query.getResultList();
    }

    /** One page of the alerts due on the municipalities' plans on that day. */
    public List<Alert> page(Collection<String> municipalities, Alert.Kind kind, LocalDate today, int warningDays,
                            PageRequest page) {
        Query query = em.createNativeQuery("select * from (" + union(kind) + ") alert order by due_on, plan_id, "
                + KIND_ORDER + ", participant_id nulls first, agreement_id nulls first limit :size offset :offset");
        bind(query, municipalities, kind, today, warningDays);
        query.setParameter("size", page.size()).setParameter("offset", page.offset());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(DueItemRepository::alert).toList();
    }

    /** The alerts of {@link #page}, counted up to {@code limit} (see {@link CappedCount}). */
    public CappedCount count(Collection<String> municipalities, Alert.Kind kind, LocalDate today, int warningDays,
                             long limit) {
        Query query = em.createNativeQuery("select count(*) from (select 1 from (" + union(kind)
                + ") alert limit :countLimit) counted", Long.class);
        bind(query, municipalities, kind, today, warningDays);
        query.setParameter("countLimit", limit);
        return CappedCount.of(((Number) query.getSingleResult()).longValue(), limit);
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
        query.setParameter("municipalities", municipalities).setParameter("today", today);
        if (kind != Alert.Kind.QUARTERLY_REGISTRATION_DUE) {
            query.setParameter("horizon", today.plusDays(warningDays));
        }
        if (kind != null && kind != Alert.Kind.QUARTERLY_REGISTRATION_DUE) {
            query.setParameter("kind", kind.name());
        }
    }

    private static Alert alert(Object[] row) {
        Alert.Kind kind = Alert.Kind.valueOf((String) row[0]);
        LocalDate due = row[5] instanceof Date date ? date.toLocalDate() : (LocalDate) row[5];
        String detail = kind == Alert.Kind.QUARTERLY_REGISTRATION_DUE ? AlertSchedule.quarterlyDetail(due) : (String) row[6];
        return new Alert(kind, (UUID) row[1], (String) row[2], (UUID) row[3], (UUID) row[4], due, detail);
    }
}
