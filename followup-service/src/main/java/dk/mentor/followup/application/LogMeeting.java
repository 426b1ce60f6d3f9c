package dk.mentor.followup.application;

import dk.mentor.contracts.codes.Attendance;
import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.contracts.codes.MeetingPlace;
import dk.mentor.contracts.rules.RuleViolation;
import dk.mentor.followup.domain.Meeting;
import dk.mentor.followup.domain.MeetingDetails;
import dk.mentor.followup.domain.MeetingMode;
import dk.mentor.followup.domain.NoteVisibility;
import dk.mentor.followup.domain.Participant;
import dk.mentor.followup.domain.Plan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Logs a meeting (held, cancelled or missed) and announces its minutes per legal basis, never its note. */
@ApplicationScoped
public class LogMeeting {

    @Inject
    PlanAccess access;
    @Inject
    MeetingContext context;
    @Inject
    Clock clock;

    public record Command(UUID participantId, LocalDate date, int durationMinutes, MeetingMode mode, MeetingPlace place,
                          Attendance attendance, int transportMinutes, Boolean activationRelevant,
                          Map<LegalBasisTerms, Integer> minutes, String note, NoteVisibility noteVisibility) {
    }

    @Transactional
    public MeetingView log(UUID planId, Command command, String purpose) {
        PlanGrant grant = access.write(planId, "log-meeting", purpose);
        return MeetingView.of(logOn(grant, command, null), grant);
    }

    /** Also used by group sessions, which log one meeting per citizen in one transaction. */
    Meeting logOn(PlanGrant grant, Command command, UUID groupSessionId) {
        Plan plan = grant.plan();
        if (!plan.openForMeetingsOn(command.date())) {
            throw RuleViolation.onField("The plan is closed and its aftercare (if any) has ended", "date",
                    "after the plan's closure and aftercare");
        }
        Participant participant = context.participation(grant, command.participantId());
        List<Participant> person = context.samePerson(participant, command.date());
        boolean activation = command.activationRelevant() != null ? command.activationRelevant()
                : context.activationByAgreement(person, command.date());
        MeetingDetails details = context.details(command, activation, groupSessionId, person);
        Meeting meeting = Meeting.log(plan.id(), participant, grant.username(), details,
                context.claimHolds(plan, participant, person, details, null), clock.instant());
        context.store(plan, meeting, person);
        return meeting;
    }
}
