package dk.mentor.followup.domain.registration;

/** Planned future efforts at closure (seed 003 p.4). */
public enum PlannedEffort implements Coded {
    NONE,
    JOB_SEARCH,
    EDUCATION,
    FLEX_JOB,
    CONTINUED_PRAKTIK,
    WAGE_SUBSIDY,
    RESOURCE_COURSE,
    CONTINUED_MENTOR,
    TREATMENT,
    OTHER
}
