package dk.mentor.followup.application;

import dk.mentor.followup.domain.Meeting;

/** A meeting as the caller may see it: the note only when the grant allows reading it. */
public record MeetingView(Meeting meeting, boolean noteReadable) {

    public static MeetingView of(Meeting meeting, PlanGrant grant) {
        return new MeetingView(meeting, grant.mayReadNote(meeting));
    }
}
