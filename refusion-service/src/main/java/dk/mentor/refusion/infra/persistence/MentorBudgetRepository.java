package dk.mentor.refusion.infra.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The mentor_budget rows: planned hours per municipality, year and target group. */
@ApplicationScoped
public class MentorBudgetRepository {

    /** A stored plan: hours and version. */
    public record Planned(BigDecimal hours, long version) {
    }

    @Inject
    EntityManager em;

    /** The row, locked for the update that follows. */
    public Optional<Planned> findForUpdate(String municipality, int year, String targetGroup) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select planned_hours, version from mentor_budget"
                        + " where municipality = ?1 and year = ?2 and target_group = ?3 for update")
                .setParameter(1, municipality).setParameter(2, year).setParameter(3, targetGroup).getResultList();
        return rows.stream().findFirst().map(r -> new Planned((BigDecimal) r[0], ((Number) r[1]).longValue()));
    }

    public Optional<Planned> find(String municipality, int year, String targetGroup) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select planned_hours, version from mentor_budget"
                        + " where municipality = ?1 and year = ?2 and target_group = ?3")
                .setParameter(1, municipality).setParameter(2, year).setParameter(3, targetGroup).getResultList();
        return rows.stream().findFirst().map(r -> new Planned((BigDecimal) r[0], ((Number) r[1]).longValue()));
    }

    /** Inserts version 1; false when a concurrent request inserted the row first. */
    public boolean insert(String municipality, int year, String targetGroup, BigDecimal hours, String by) {
        return em.createNativeQuery("insert into mentor_budget (municipality, year, target_group, planned_hours, version,"
                        + " updated_by) values (?1, ?2, ?3, ?4, 1, ?5) on conflict do nothing")
                .setParameter(1, municipality).setParameter(2, year).setParameter(3, targetGroup)
                .setParameter(4, hours).setParameter(5, by).executeUpdate() == 1;
    }

    public void update(String municipality, int year, String targetGroup, BigDecimal hours, long newVersion, String by) {
        em.createNativeQuery("update mentor_budget set planned_hours = ?4, version = ?5, updated_by = ?6"
                        + " where municipality = ?1 and year = ?2 and target_group = ?3")
                .setParameter(1, municipality).setParameter(2, year).setParameter(3, targetGroup)
                .setParameter(4, hours).setParameter(5, newVersion).setParameter(6, by).executeUpdate();
    }

    /** Every planned row of a municipality's year, by target group. */
    public Map<String, Planned> ofYear(String municipality, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select target_group, planned_hours, version from mentor_budget"
                        + " where municipality = ?1 and year = ?2").setParameter(1, municipality).setParameter(2, year)
                .getResultList();
        Map<String, Planned> planned = new TreeMap<>();
        rows.forEach(r -> planned.put((String) r[0], new Planned((BigDecimal) r[1], ((Number) r[2]).longValue())));
        return planned;
    }
}
