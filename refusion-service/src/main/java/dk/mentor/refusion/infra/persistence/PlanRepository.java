package dk.mentor.refusion.infra.persistence;

import dk.mentor.refusion.domain.PlanFact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class PlanRepository {

    @Inject
    EntityManager em;

    public Optional<PlanFact> find(UUID planId) {
        return Optional.ofNullable(em.find(PlanFact.class, planId));
    }

    /** The target groups of each of the plans that is known, a thousand plans a query. */
    public Map<UUID, List<String>> targetGroupsOf(Collection<UUID> planIds) {
        Map<UUID, List<String>> groups = new HashMap<>();
        Chunks.of(planIds).forEach(chunk -> em.createQuery("select p from PlanFact p where p.planId in :ids", PlanFact.class)
                .setParameter("ids", chunk).getResultStream().forEach(p -> groups.put(p.planId(), p.targetGroups())));
        return groups;
    }

    public void persist(PlanFact plan) {
        em.persist(plan);
    }

    public void addHandover(UUID planId, LocalDate effectiveOn, String from, String to) {
        em.createNativeQuery("insert into plan_handover (plan_id, effective_on, from_municipality, to_municipality)"
                        + " values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, planId).setParameter(2, effectiveOn).setParameter(3, from).setParameter(4, to)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<PlanFact.Handover> handovers(UUID planId) {
        List<Object[]> rows = em.createNativeQuery("select effective_on, to_municipality from plan_handover"
                + " where plan_id = ?1 order by effective_on").setParameter(1, planId).getResultList();
        return rows.stream().map(r -> new PlanFact.Handover(toDate(r[0]), (String) r[1])).toList();
    }

    public void recordOutcome(UUID planId, String municipality, String outcome, LocalDate closedOn) {
        em.createNativeQuery("insert into plan_outcome (plan_id, municipality, outcome, closed_on) values (?1, ?2, ?3, ?4)"
                        + " on conflict (plan_id) do update set municipality = excluded.municipality,"
                        + " outcome = excluded.outcome, closed_on = excluded.closed_on")
                .setParameter(1, planId).setParameter(2, municipality).setParameter(3, outcome).setParameter(4, closedOn)
                .executeUpdate();
    }

    /** The outcome of each plan of a municipality closed in a period. */
    @SuppressWarnings("unchecked")
    public Map<UUID, String> outcomesClosedBetween(String municipality, LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createNativeQuery("select plan_id, outcome from plan_outcome where municipality = ?1"
                        + " and closed_on between ?2 and ?3")
                .setParameter(1, municipality).setParameter(2, from).setParameter(3, to).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> (String) r[1]));
    }

    static LocalDate toDate(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
