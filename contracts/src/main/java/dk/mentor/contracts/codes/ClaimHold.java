package dk.mentor.contracts.codes;

/**
 * Why a logged meeting is recorded but may not be priced into a refusion claim. The meeting itself
 * stands (it happened, and the plan shows it); only its money is held until a caseworker corrects
 * the meeting or the grant behind it. Events carry the constant's name; an empty list means the
 * meeting is claimable.
 */
public enum ClaimHold {
    /** The participant was not active on the plan on the meeting's date. */
    NO_ACTIVE_PARTICIPATION,
    /** The date lies outside the mentorship's agreed period. */
    OUTSIDE_PERIOD,
    /** The date lies after the day the meeting was logged. */
    FUTURE_DATE,
    /** The legal basis was not in force on the meeting's date. */
    BASIS_NOT_IN_FORCE,
    /** A LAB participation has no written mentor agreement covering the date (STAR's audit finding). */
    AGREEMENT_MISSING,
    /** The week's hours exceed the hours ordered for the mentorship. */
    HOURS_OVER_ORDER
}
