package dk.mentor.followup.application;

import dk.mentor.contracts.codes.Attendance;
import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.contracts.codes.MeetingPlace;
import dk.mentor.contracts.ids.NewIds;
import dk.mentor.followup.domain.MeetingMode;
import dk.mentor.followup.domain.NoteVisibility;
import dk.mentor.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A group session with several citizens: one meeting per citizen's plan, the session's minutes and
 * transport split evenly between them (the first ones take the odd minutes), all or nothing.
 */
@ApplicationScoped
public class LogGroupSession {

    @Inject
    PlanAccess access;
    @Inject
    LogMeeting logMeeting;

    public record Attendee(UUID planId, UUID participantId, Attendance attendance, LegalBasisTerms legalBasis) {
    }

    public record Command(LocalDate date, int durationMinutes, MeetingMode mode, MeetingPlace place,
                          int transportMinutes, boolean activationRelevant, List<Attendee> attendees) {
    }

    @Transactional
    public List<MeetingView> log(Command command, String purpose) {
        if (new HashSet<>(command.attendees().stream().map(Attendee::planId).toList()).size() != command.attendees().size()) {
            throw ProblemException.invalidField("attendees", "each plan may attend once");
        }
        int n = command.attendees().size();
        if (command.durationMinutes() < n) {
            throw ProblemException.invalidField("durationMinutes", "must give each attendee at least one minute");
        }
        UUID sessionId = NewIds.next();
        List<MeetingView> logged = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Attendee a = command.attendees().get(i);
            PlanGrant grant = access.write(a.planId(), "log-group-session", purpose);
            int share = share(command.durationMinutes(), n, i);
            LogMeeting.Command single = new LogMeeting.Command(a.participantId(), command.date(), share, command.mode(),
                    command.place(), a.attendance(), share(command.transportMinutes(), n, i), command.activationRelevant(),
                    a.legalBasis() == null ? Map.of() : Map.of(a.legalBasis(), share), null, NoteVisibility.MENTOR_ONLY);
            logged.add(MeetingView.of(logMeeting.logOn(grant, single, sessionId), grant));
        }
        return logged;
    }

    static int share(int total, int parts, int index) {
        return total / parts + (index < total % parts ? 1 : 0);
    }
}
