package dk.mentor.followup.domain.registration;

/** The citizen's gender (seed 003 p.4). */
public enum Gender implements Coded {
    FEMALE,
    MALE,
    NOT_STATED
}
