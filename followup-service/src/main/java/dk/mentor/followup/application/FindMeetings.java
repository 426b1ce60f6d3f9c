package dk.mentor.followup.application;

import dk.mentor.followup.infra.persistence.MeetingRepository;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageRequest;
import dk.mentor.kit.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads meetings of a plan: the current versions, or one meeting's whole history. Notes as the grant allows.
 * Without a transaction, as every Find class: under read committed one added no consistency, only
 * a commit's round trip (docs/architecture.md, "Resource → use case").
 */
@ApplicationScoped
public class FindMeetings {

    @Inject
    PlanAccess access;
    @Inject
    MeetingRepository meetings;

    public <T> Page<T> current(UUID planId, PageRequest page, String purpose, Function<MeetingView, T> mapper) {
        PlanGrant grant = access.read(planId, purpose);
        var current = meetings.find("planId = ?1 and current = true", Sort.descending("meetingDate").and("meetingId"),
                planId);
        return Page.of(current, page, m -> mapper.apply(MeetingView.of(m, grant)));
    }

    public MeetingView one(UUID planId, UUID meetingId, String purpose) {
        PlanGrant grant = access.read(planId, purpose);
        return MeetingView.of(meetings.current(planId, meetingId)
                .orElseThrow(() -> ProblemException.notFound("meeting", meetingId)), grant);
    }

    public List<MeetingView> versions(UUID planId, UUID meetingId, String purpose) {
        PlanGrant grant = access.read(planId, purpose);
        var all = meetings.versions(planId, meetingId);
        if (all.isEmpty()) {
            throw ProblemException.notFound("meeting", meetingId);
        }
        return all.stream().map(m -> MeetingView.of(m, grant)).toList();
    }
}
