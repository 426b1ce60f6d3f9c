package dk.mentor.followup.domain;

/** Who may read a meeting note; the writer always may. */
public enum NoteVisibility {
    /** Only the mentor who wrote it. */
    MENTOR_ONLY,
    /** Also the caseworkers and social workers of the plan (never another mentor). */
    PROFESSIONALS,
    /** Also the citizen, in the citizen's own view of the plan. */
    CITIZEN
}
