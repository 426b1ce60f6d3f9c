package dk.mentor.followup.domain.registration;

/** The highest completed education at start (seed 003 p.4: education). */
public enum EducationLevel implements Coded {
    PRIMARY_OR_NONE,
    UPPER_SECONDARY,
    VOCATIONAL,
    SHORT_HIGHER,
    MEDIUM_HIGHER,
    LONG_HIGHER
}
