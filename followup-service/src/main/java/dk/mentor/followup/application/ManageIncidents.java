package dk.mentor.followup.application;

import dk.mentor.followup.domain.Incident;
import dk.mentor.followup.infra.persistence.IncidentRepository;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageRequest;
import dk.mentor.kit.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Incidents on the crisis ladder: reported and escalated by anyone on the plan, with who was told. */
@ApplicationScoped
public class ManageIncidents {

    @Inject
    PlanAccess access;
    @Inject
    IncidentRepository incidents;
    @Inject
    Clock clock;

    @Transactional
    public Incident report(UUID planId, int level, String summary, Instant occurredAt, List<String> told, String purpose) {
        PlanGrant grant = access.write(planId, "report-incident", purpose);
        Incident incident = Incident.report(planId, level, summary, occurredAt != null ? occurredAt : clock.instant(),
                told, grant.username(), clock.instant());
        incidents.persist(incident);
        return incident;
    }

    @Transactional
    public Incident escalate(UUID planId, UUID incidentId, int level, List<String> told, String purpose) {
        access.write(planId, "escalate-incident", purpose);
        Incident incident = find(planId, incidentId);
        incident.escalate(level, told, clock.instant());
        return incident;
    }

    @Transactional
    public Incident resolve(UUID planId, UUID incidentId, String purpose) {
        access.write(planId, "resolve-incident", purpose);
        Incident incident = find(planId, incidentId);
        incident.resolve(clock.instant());
        return incident;
    }

    @Transactional
    public <T> Page<T> list(UUID planId, PageRequest page, String purpose, Function<Incident, T> mapper) {
        access.read(planId, purpose);
        return Page.of(incidents.find("planId", Sort.descending("occurredAt").and("id"), planId), page, mapper);
    }

    private Incident find(UUID planId, UUID incidentId) {
        return incidents.onPlan(planId, incidentId)
                .orElseThrow(() -> ProblemException.notFound("incident", incidentId));
    }
}
