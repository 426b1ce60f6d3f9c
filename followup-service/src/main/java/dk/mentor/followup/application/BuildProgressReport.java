package dk.mentor.followup.application;

import dk.mentor.followup.infra.persistence.GoalRepository;
import dk.mentor.followup.infra.persistence.MeetingRepository;
import dk.mentor.followup.infra.persistence.ProgressionRepository;
import dk.mentor.kit.persistence.RepeatableRead;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Puts a plan's progress report together from its goals, ratings and meetings. */
@ApplicationScoped
public class BuildProgressReport {

    @Inject
    EntityManager em;

    @Inject
    PlanAccess access;
    @Inject
    GoalRepository goals;
    @Inject
    ProgressionRepository progressions;
    @Inject
    MeetingRepository meetings;

    @Transactional
    public ProgressReport build(UUID planId, String purpose) {
        RepeatableRead.begin(em); // several statements, one snapshot
        PlanGrant grant = access.read(planId, purpose);
        return ProgressReport.of(grant.plan(), goals.list("planId", Sort.by("createdAt").and("id"), planId),
                progressions.list("planId", Sort.by("ratedOn").and("recordedAt").and("id"), planId),
                meetings.currentOfPlan(planId));
    }
}
