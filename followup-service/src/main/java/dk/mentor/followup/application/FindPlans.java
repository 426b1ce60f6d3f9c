package dk.mentor.followup.application;

import dk.mentor.followup.domain.Plan;
import dk.mentor.followup.infra.persistence.PlanRepository;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.api.CappedCounts;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageRequest;
import dk.mentor.kit.audit.AuditLog;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.kit.problem.ProblemType;
import dk.mentor.kit.reference.ExternalReferenceLookup;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads plans: one by id (audited), or the caller's own list (owned by their municipalities, or taken part in).
 * Without a transaction, as every Find class: under read committed one added no consistency, only
 * a commit's round trip (docs/architecture.md, "Resource → use case").
 */
@ApplicationScoped
public class FindPlans {

    @Inject
    PlanAccess access;
    @Inject
    PlanRepository plans;
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;
    @Inject
    EntityManager em;
    /** How far a list that can grow large is counted (see CappedCount). */
    @ConfigProperty(name = "mentor.paging.count-cap")
    int countCap;

    public PlanGrant byId(UUID id, String purpose) {
        return access.read(id, purpose);
    }

    /** The plan a case system opened under its reference, among the searched municipalities. */
    public PlanGrant byExternalReference(String system, String externalId, Set<String> municipalities, String purpose) {
        Plan plan = ExternalReferenceLookup.single(municipalities.isEmpty() ? List.of()
                        : plans.list("externalSystem = ?1 and externalId = ?2 and ownerMunicipality in ?3",
                        system, externalId, municipalities))
                .orElseThrow(() -> {
                    // a miss is audited like a denied read: the attempt stays on record
                    ExternalReferenceLookup.missed(PlanAccess.SUBJECT, municipalities).forEach(scope -> audit.denied("lookup", scope, purpose));
                    return noPlanWithReference();
                });
        try {
            return access.read(plan.id(), purpose);
        } catch (ProblemException denied) {
            // audited as denied by the access check; the answer must not tell the plan's id
            throw denied.type() == ProblemType.NOT_FOUND ? noPlanWithReference() : denied;
        }
    }

    private static ProblemException noPlanWithReference() {
        return new ProblemException(ProblemType.NOT_FOUND, "No plan with this external reference in your municipalities");
    }

    /**
     * Lists without opening any plan, so only what the list shows is read: staff see the plans their
     * municipalities own, everyone the plans they take part in. Newest first, then by id; with
     * {@code updatedSince}, the plans changed at or after it, oldest change first, then by id, so a
     * syncing client can page through them and go on from the last updatedAt it saw.
     */
    public <T> Page<T> mine(PageRequest page, Instant updatedSince, Function<Plan, T> mapper) {
        boolean staff = !access.staffLines().isEmpty() && !caller.municipalities().isEmpty();
        String where = "(" + (staff ? "ownerMunicipality in :municipalities or " : "")
                + "id in (select p.planId from Participant p where p.username = :username and p.endedOn is null))";
        Parameters params = Parameters.with("username", caller.username());
        if (staff) {
            params = params.and("municipalities", caller.municipalities());
        }
        String sql = "from plan p where (" + (staff ? "p.owner_municipality in (:municipalities) or " : "")
                + "p.id in (select pp.plan_id from participant pp where pp.username = :username and pp.ended_on is null))";
        Sort order = Sort.descending("openedAt").and("id");
        if (updatedSince != null) {
            where += " and updatedAt >= :updatedSince";
            sql += " and p.updated_at >= :updatedSince";
            params = params.and("updatedSince", updatedSince);
            order = Sort.ascending("updatedAt").and("id");
        }
        List<Plan> items = plans.find(where, order, params).page(page.page(), page.size()).list();
        return Page.of(items, page, CappedCounts.sql(em, sql, params.map(), page, items.size(), countCap), mapper);
    }
}
