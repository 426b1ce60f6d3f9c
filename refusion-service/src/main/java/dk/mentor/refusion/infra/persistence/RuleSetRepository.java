package dk.mentor.refusion.infra.persistence;

import dk.mentor.kit.api.PageRequest;
import dk.mentor.refusion.domain.CeilingFrame;
import dk.mentor.refusion.domain.ExpenseType;
import dk.mentor.refusion.domain.RuleSet;
import dk.mentor.refusion.domain.RuleSetChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RuleSetRepository {

    @Inject
    EntityManager em;

    public Optional<RuleSet> find(UUID id) {
        return Optional.ofNullable(em.find(RuleSet.class, id));
    }

    public void persist(RuleSet rule) {
        em.persist(rule);
    }

    /** The rows that could judge an expense of that basis and type on that day. */
    public List<RuleSet> candidates(String legalBasis, ExpenseType type, LocalDate date) {
        return em.createQuery("select r from RuleSet r where r.legalBasis = :basis and r.expenseType = :type"
                        + " and r.validFrom <= :date and (r.validTo is null or r.validTo >= :date)", RuleSet.class)
                .setParameter("basis", legalBasis).setParameter("type", type).setParameter("date", date)
                .getResultList();
    }

    /** Rows of a ceiling kind in force at some time in the year. */
    public List<RuleSet> ceilingRows(CeilingFrame frame, int year) {
        return em.createQuery("select r from RuleSet r where r.regime = :regime and r.ceilingKind = :kind"
                        + " and r.validFrom <= :last and (r.validTo is null or r.validTo >= :first)", RuleSet.class)
                .setParameter("regime", frame.regime()).setParameter("kind", frame.kind())
                .setParameter("first", LocalDate.of(year, 1, 1))
                .setParameter("last", LocalDate.of(year, 12, 31)).getResultList();
    }

    public List<RuleSet> byIds(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from RuleSet r where r.id in :ids", RuleSet.class).setParameter("ids", ids)
                .getResultList();
    }

    /** The rules that judged a claim's lines, for how settled the claim is. */
    public List<RuleSet> ofClaim(UUID claimId) {
        return em.createQuery("select r from RuleSet r where r.id in (select l.ruleSetId from ClaimLine c, ExpenseLine l"
                        + " where c.key.claimId = :claim and c.key.expenseLineId = l.id)", RuleSet.class)
                .setParameter("claim", claimId).getResultList();
    }

    public List<RuleSet> sameKey(String legalBasis, ExpenseType type) {
        return em.createQuery("select r from RuleSet r where r.legalBasis = :basis and r.expenseType = :type", RuleSet.class)
                .setParameter("basis", legalBasis).setParameter("type", type).getResultList();
    }

    public boolean regimeExists(String regime) {
        return em.createQuery("select count(r) from RuleSet r where r.regime = :regime", Long.class)
                .setParameter("regime", regime).getSingleResult() > 0;
    }

    public List<RuleSet> page(String legalBasis, String regime, LocalDate on, PageRequest page) {
        var query = em.createQuery("select r from RuleSet r" + where(legalBasis, regime, on)
                + " order by r.legalBasis, r.validFrom, r.expenseType, r.id", RuleSet.class);
        bind(query, legalBasis, regime, on);
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long count(String legalBasis, String regime, LocalDate on) {
        var query = em.createQuery("select count(r) from RuleSet r" + where(legalBasis, regime, on), Long.class);
        bind(query, legalBasis, regime, on);
        return query.getSingleResult();
    }

    private static String where(String legalBasis, String regime, LocalDate on) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (legalBasis != null) {
            where.append(" and r.legalBasis = :basis");
        }
        if (regime != null) {
            where.append(" and r.regime = :regime");
        }
        if (on != null) {
            where.append(" and r.validFrom <= :on and (r.validTo is null or r.validTo >= :on)");
        }
        return where.toString();
    }

    private static void bind(jakarta.persistence.TypedQuery<?> query, String legalBasis, String regime, LocalDate on) {
        if (legalBasis != null) {
            query.setParameter("basis", legalBasis);
        }
        if (regime != null) {
            query.setParameter("regime", regime);
        }
        if (on != null) {
            query.setParameter("on", on);
        }
    }

    public void recordChange(UUID ruleId, String change, String by, String beforeJson, String afterJson) {
        em.createNativeQuery("insert into rule_set_change (rule_set_id, change, changed_by, before_json, after_json)"
                        + " values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, ruleId).setParameter(2, change).setParameter(3, by)
                .setParameter(4, beforeJson).setParameter(5, afterJson).executeUpdate();
    }

    /** A rule row's change log, oldest first. */
    @SuppressWarnings("unchecked")
    public List<RuleSetChange> changes(UUID ruleId, PageRequest page) {
        List<Object[]> rows = em.createNativeQuery("select change, changed_by, changed_at, before_json, after_json"
                        + " from rule_set_change where rule_set_id = ?1 order by id")
                .setParameter(1, ruleId).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return rows.stream().map(r -> new RuleSetChange((String) r[0], (String) r[1], toOffset(r[2]), (String) r[3],
                (String) r[4])).toList();
    }

    public long countChanges(UUID ruleId) {
        return ((Number) em.createNativeQuery("select count(*) from rule_set_change where rule_set_id = ?1")
                .setParameter(1, ruleId).getSingleResult()).longValue();
    }

    static java.time.OffsetDateTime toOffset(Object value) {
        if (value instanceof java.time.OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
