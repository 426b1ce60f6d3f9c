package dk.mentor.contracts.codes;

/**
 * What happened to a planned meeting. Whether a cancelled meeting is paid depends on the mentor's
 * terms; whether a no-show is sanction-relevant depends on the meeting being part of activation.
 */
public enum Attendance {
    HELD,
    CITIZEN_CANCELLED_VALID_REASON,
    CITIZEN_CANCELLED_NO_VALID_REASON,
    NO_SHOW,
    MENTOR_CANCELLED;

    /** True when the citizen did not come: a cancellation by the citizen or a no-show. */
    public boolean citizenAbsent() {
        return this == CITIZEN_CANCELLED_VALID_REASON || this == CITIZEN_CANCELLED_NO_VALID_REASON || this == NO_SHOW;
    }
}
