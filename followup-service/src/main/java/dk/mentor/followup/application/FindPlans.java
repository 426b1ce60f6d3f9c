package dk.mentor.followup.application;

import dk.mentor.followup.domain.Plan;
import dk.mentor.followup.infra.persistence.PlanRepository;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageRequest;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import java.util.function.Function;

/** Reads plans: one by id (audited), or the caller's own list (owned by their municipalities, or taken part in). */
@ApplicationScoped
public class FindPlans {

    @Inject
    PlanAccess access;
    @Inject
    PlanRepository plans;
    @Inject
    Caller caller;

    @Transactional
    public PlanGrant byId(UUID id, String purpose) {
        return access.read(id, purpose);
    }

    /**
     * Lists without opening any plan, so only what the list shows is read: staff see the plans their
     * municipalities own, everyone the plans they take part in. Newest first, then by id.
     */
    @Transactional
    public <T> Page<T> mine(PageRequest page, Function<Plan, T> mapper) {
        boolean staff = !access.staffLines().isEmpty() && !caller.municipalities().isEmpty();
        String where = "(" + (staff ? "ownerMunicipality in :municipalities or " : "")
                + "id in (select p.planId from Participant p where p.username = :username and p.endedOn is null))";
        Parameters params = Parameters.with("username", caller.username());
        if (staff) {
            params = params.and("municipalities", caller.municipalities());
        }
        return Page.of(plans.find(where, Sort.descending("openedAt").and("id"), params), page, mapper);
    }
}
