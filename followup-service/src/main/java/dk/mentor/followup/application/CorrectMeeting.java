package dk.mentor.followup.application;

import dk.mentor.followup.domain.Meeting;
import dk.mentor.followup.domain.MeetingDetails;
import dk.mentor.followup.domain.Participant;
import dk.mentor.followup.domain.Plan;
import dk.mentor.followup.infra.persistence.MeetingRepository;
import dk.mentor.kit.api.Versions;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.kit.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Corrects a meeting by adding its next version; the previous one stays readable. Only its author
 * or the plan's caseworkers may correct, and If-Match must name the version corrected.
 */
@ApplicationScoped
public class CorrectMeeting {

    @Inject
    PlanAccess access;
    @Inject
    MeetingContext context;
    @Inject
    MeetingRepository meetings;
    @Inject
    Clock clock;

    @Transactional
    public MeetingView correct(UUID planId, UUID meetingId, String ifMatch, LogMeeting.Command command, String reason,
                               String purpose) {
        PlanGrant grant = access.write(planId, "correct-meeting", purpose);
        Plan plan = grant.plan();
        Meeting previous = meetings.current(planId, meetingId)
                .orElseThrow(() -> ProblemException.notFound("meeting", meetingId));
        if (!grant.staff() && !previous.author().equals(grant.username())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the mentor who logged the meeting, or a caseworker, may correct it");
        }
        Versions.requireMatch(ifMatch, previous.version(), "meeting", meetingId);
        Participant participant = context.participation(grant,
                command.participantId() != null ? command.participantId() : previous.participantId());
        List<Participant> person = context.samePerson(participant, command.date());
        boolean activation = command.activationRelevant() != null ? command.activationRelevant()
                : previous.activationRelevant();
        MeetingDetails details = context.details(command, activation, previous.groupSessionId(), person);
        Meeting next = previous.correct(participant, grant.username(), details,
                context.claimHolds(plan, participant, person, details, previous.meetingId()), reason, clock.instant());
        meetings.flush(); // the superseded version must stop being current before the next one is written
        context.store(plan, next, person);
        return MeetingView.of(next, grant);
    }
}
