package dk.mentor.contracts.codes;

/** Why a mentorship ended; a rematch after POOR_MATCH keeps the history of the first. */
public enum MentorshipEndReason {
    /** The mentorship's goal was reached. */
    GOAL_REACHED,
    /** The agreed period ran out without renewal. */
    PERIOD_EXPIRED,
    /** The citizen's plan closed. */
    PLAN_CLOSED,
    /** Citizen and mentor did not work well together; usually followed by a rematch. */
    POOR_MATCH,
    /** The citizen withdrew. */
    CITIZEN_WITHDREW,
    /** The mentor withdrew, paused or retired. */
    MENTOR_WITHDREW,
    /** The citizen moved to another municipality. */
    MOVED_MUNICIPALITY
}
