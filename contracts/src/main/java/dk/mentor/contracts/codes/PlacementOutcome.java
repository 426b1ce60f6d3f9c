package dk.mentor.contracts.codes;

/**
 * How a placement ended. Stopping early is not always a failure (seed 002 p.21): only a citizen who
 * stops coming is a drop-out, which hands the case back to the caseworker (seed 002 p.22).
 */
public enum PlacementOutcome {
    /** Hired by the host company on ordinary or subsidised terms. */
    JOB_AT_COMPANY,
    /** A job elsewhere. */
    JOB_ELSEWHERE,
    /** Started an education. */
    EDUCATION,
    /** Goes on in a next placement (e.g. an induction chain, seed 002 p.25). */
    NEXT_PLACEMENT,
    /** The placement ran its course without a job. */
    COMPLETED_WITHOUT_JOB,
    /** Stopped early by agreement (illness, a wrong match). */
    ENDED_EARLY,
    /** The citizen stayed away and the placement broke off. */
    DROPPED_OUT;

    public boolean dropOut() {
        return this == DROPPED_OUT;
    }
}
