package dk.mentor.catalog.domain;

/** Something a mentor's kind requires to be in order before the mentor may become active. */
public enum VettingRequirement {
    CHILD_PROTECTION_CERTIFICATE,
    CRIMINAL_RECORD_CHECK,
    /** An intake interview held, with every point of the expectation checklist covered. */
    INTAKE_INTERVIEW
}
