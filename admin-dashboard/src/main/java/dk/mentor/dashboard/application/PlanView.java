package dk.mentor.dashboard.application;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A plan's page, fetched at once: the plan, its participants by legal basis (and who among them acts
 * under two bases), its history as one timeline, its progression ratings (oldest first) and who a
 * meeting can be logged for.
 */
public record PlanView(Section<PlanRow> plan, Section<List<BasisGroup>> participants, List<DoubleRole> doubleRoles,
                       Set<UUID> doubleRoleParticipations, Timeline timeline, Section<List<Progression>> progressions,
                       List<Participant> meetingParticipants, List<String> meetingBases) {

    /** Another municipality's plan (the service answers 404): the page says "not found" and nothing else. */
    public boolean notFound() {
        return plan.notFound();
    }

    /** Whether a meeting can be logged from the page: the plan is there and someone besides the caseworker takes part. */
    public boolean canLogMeeting() {
        return plan.isAvailable() && !meetingParticipants.isEmpty();
    }
}
