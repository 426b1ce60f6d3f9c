package dk.mentor.followup.application;

import dk.mentor.followup.domain.AlertSchedule;
import dk.mentor.followup.domain.DueItem;
import dk.mentor.followup.domain.Plan;
import dk.mentor.followup.infra.persistence.DueItemRepository;
import dk.mentor.followup.infra.persistence.FollowUpRepository;
import dk.mentor.followup.infra.persistence.MeetingRepository;
import dk.mentor.followup.infra.persistence.MentorAgreementRepository;
import dk.mentor.followup.infra.persistence.ParticipantRepository;
import dk.mentor.followup.infra.persistence.PlanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Rewrites what a plan's data makes due (the rules are AlertSchedule's and PlacementAlerts'), in the
 * caller's transaction. The plan's row is locked first, so two transactions rewriting the same plan
 * take turns instead of both writing its items.
 */
@ApplicationScoped
public class PlanDueItems {

    @Inject
    DueItemRepository stored;
    @Inject
    PlanRepository plans;
    @Inject
    ParticipantRepository participants;
    @Inject
    MentorAgreementRepository agreements;
    @Inject
    MeetingRepository meetings;
    @Inject
    FollowUpRepository followUps;
    @Inject
    PlacementAlertFacts placements;
    @Inject
    Clock clock;

    public void rewrite(UUID planId) {
        stored.lockPlan(planId);
        Plan plan = plans.findById(planId);
        List<DueItem> items = new ArrayList<>();
        if (plan != null && plan.active()) {
            items.addAll(AlertSchedule.dueItems(plan, participants.list("planId", planId),
                    agreements.list("planId", planId), meetings.currentOfPlan(planId), followUps.list("planId", planId)));
            items.addAll(placements.dueItems(plan));
        }
        stored.replace(planId, plan == null ? null : plan.ownerMunicipality(), items, clock.instant());
    }
}
