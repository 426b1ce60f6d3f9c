package dk.mentor.followup.application;

import dk.mentor.followup.domain.Meeting;
import dk.mentor.followup.domain.NoteVisibility;
import dk.mentor.followup.domain.Participant;
import dk.mentor.followup.domain.Plan;
import java.util.List;

/**
 * What the caller was let in as: staff of a municipality, or a participant (mentor, contact person)
 * with their own participations on the plan.
 */
public record PlanGrant(Plan plan, boolean staff, List<Participant> ownParticipations, String username) {

    /**
     * The writer always reads their own note. Staff read notes meant for professionals or the citizen.
     * A mentor never reads another mentor's note, whatever its visibility.
     */
    public boolean mayReadNote(Meeting meeting) {
        if (meeting.note() == null) {
            return false;
        }
        if (meeting.author().equals(username)) {
            return true;
        }
        return staff && meeting.noteVisibility() != NoteVisibility.MENTOR_ONLY;
    }
}
