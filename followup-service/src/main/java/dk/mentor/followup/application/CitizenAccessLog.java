package dk.mentor.followup.application;

import dk.mentor.followup.domain.Citizen;
import dk.mentor.followup.infra.persistence.CitizenRepository;
import dk.mentor.followup.infra.persistence.PlanRepository;
import dk.mentor.kit.api.CappedCount;
import dk.mentor.kit.api.CappedCounts;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageRequest;
import dk.mentor.kit.audit.AuditEntry;
import dk.mentor.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The citizen's right of access to who looked: when their data was touched, by which municipality
 * and for what purpose, without the names of the staff (those stay with the auditors).
 */
@ApplicationScoped
public class CitizenAccessLog {

    public record Lookup(OffsetDateTime at, String municipality, String action, String purpose) {
    }

    @Inject
    CitizenRepository citizens;
    @Inject
    PlanRepository plans;
    @Inject
    CitizenAccess access;
    @Inject
    EntityManager em;
    /** How far a list that can grow large is counted (see CappedCount). */
    @ConfigProperty(name = "mentor.paging.count-cap")
    int countCap;

    @Transactional
    public <T> Page<T> of(UUID citizenId, PageRequest page, String purpose, Function<Lookup, T> mapper) {
        Citizen citizen = citizens.findByIdOptional(citizenId)
                .orElseThrow(() -> ProblemException.notFound(CitizenAccess.SUBJECT, citizenId));
        access.require(citizen, "access-log", purpose);
        List<String> subjects = new ArrayList<>();
        subjects.add(citizenId.toString());
        plans.list("citizenId", citizenId).forEach(p -> subjects.add(p.id().toString()));
        String where = " from AuditEntry e where e.outcome = :allowed and e.subjectId in :subjects"
                + " and e.subjectType in ('citizen', 'plan')";
        List<AuditEntry> entries = em.createQuery("select e" + where + " order by e.occurredAt desc, e.id desc",
                        AuditEntry.class)
                .setParameter("allowed", AuditEntry.Outcome.ALLOWED).setParameter("subjects", subjects)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        CappedCount total = CappedCounts.sql(em, "from audit_entry e where e.outcome = 'ALLOWED' and e.subject_id in"
                + " (:subjects) and e.subject_type in ('citizen', 'plan')", Map.of("subjects", subjects), page, entries.size(),
                countCap);
        return Page.of(entries, page, total,
                e -> mapper.apply(new Lookup(e.occurredAt, e.actingMunicipality, e.action, e.purpose)));
    }
}
