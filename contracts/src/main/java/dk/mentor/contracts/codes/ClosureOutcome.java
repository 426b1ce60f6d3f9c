package dk.mentor.contracts.codes;

/**
 * Why a plan or mentorship closed: the closure statuses of seed 003 p.4 and the outcomes of seed 000
 * p.6 and seed 001 pp.19-20, plus "dropped out", which the sources imply but do not name.
 */
public enum ClosureOutcome {
    /** Ordinary employment (selvforsørgelse, job). */
    JOB,
    /** Started or resumed education. */
    EDUCATION,
    /** Partial self-sufficiency in a flex job. */
    FLEX_JOB,
    /** Individual virksomhedspraktik or løntilskud. */
    SUBSIDISED_JOB_OR_PLACEMENT,
    /** Not yet in work, but moved closer to the labour market. */
    CLOSER_TO_LABOUR_MARKET,
    /** Sickness course ended by the citizen reporting fit. */
    REPORTED_FIT,
    /** Sickness course ended by a broad assessment of incapacity for work. */
    BROAD_INCAPACITY_ASSESSMENT,
    /** Moved to another municipality (the plan may be handed over instead). */
    MOVED_MUNICIPALITY,
    /** Parental leave (barsel). */
    PARENTAL_LEAVE,
    /** Dropped out: lack of motivation or attendance. */
    DROPPED_OUT,
    /** Imprisoned. */
    PRISON,
    /** Granted disability pension (førtidspension). */
    DISABILITY_PENSION
}
