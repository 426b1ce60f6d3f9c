package dk.mentor.matching.domain.ranking;

/** The citizen's wishes about a mentor; each is either binding (a filter) or preferred (scored). */
public enum WishKind {
    /** Values: the wished genders (FEMALE, MALE, OTHER). */
    MENTOR_GENDER(Criterion.MENTOR_GENDER),
    /** Values: background tags the mentor should share (matched against role-model tags). */
    SAME_BACKGROUND(Criterion.BACKGROUND),
    /** Values: background tags the mentor should not have. */
    DIFFERENT_BACKGROUND(Criterion.BACKGROUND),
    /** Values: MeetingPlace names; any one offered by the mentor fits. */
    MEETING_PLACE(Criterion.MEETING_PLACE),
    /** Values: windows as "TUESDAY 08:00-16:00"; any overlap with the mentor's windows fits. */
    MEETING_WINDOW(Criterion.MEETING_WINDOW),
    /** Values: the previous mentor's id, for continuity. */
    PREVIOUS_MENTOR(Criterion.PREVIOUS_MENTOR);

    private final Criterion criterion;

    WishKind(Criterion criterion) {
        this.criterion = criterion;
    }

    public Criterion criterion() {
        return criterion;
    }
}
