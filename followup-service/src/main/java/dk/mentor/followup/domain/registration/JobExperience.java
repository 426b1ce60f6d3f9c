package dk.mentor.followup.domain.registration;

/** Work experience at start (seed 003 p.4: job experience). */
public enum JobExperience implements Coded {
    NONE,
    UNDER_1_YEAR,
    ONE_TO_5_YEARS,
    OVER_5_YEARS
}
