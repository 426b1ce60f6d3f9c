package dk.mentor.matching.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.contracts.events.followup.PlanOpened;
import dk.mentor.kit.messaging.EventRoutes;
import dk.mentor.kit.messaging.IncomingEvent;
import dk.mentor.matching.domain.AnonymousPlan;
import dk.mentor.matching.infra.persistence.AnonymousPlanRepository;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Learns from followup which plans have an anonymous citizen; runs inside the consumer's transaction.
 * Matching keeps nothing else of a plan: the other plan events are skipped.
 */
@ApplicationScoped
public class ApplyPlanEvent {

    @Inject
    AnonymousPlanRepository anonymousPlans;

    @Inject
    ObjectMapper json;

    private EventRoutes routes;

    @PostConstruct
    void route() {
        routes = EventRoutes.with(json).on(PlanOpened.class, this::opened);
    }

    public EventRoutes routes() {
        return routes;
    }

    private void opened(PlanOpened e, IncomingEvent event) {
        if (e.citizenAnonymous() && !anonymousPlans.isAnonymous(e.planId())) {
            anonymousPlans.persist(new AnonymousPlan(e.planId(), e.openedAt()));
        }
    }
}
