package dk.mentor.contracts.codes;

/** The lifecycle of a mentor in the catalogue. Only an ACTIVE mentor can be proposed to a citizen. */
public enum MentorStatus {
    APPLICANT,
    APPROVED,
    ACTIVE,
    PAUSED,
    RETIRED
}
