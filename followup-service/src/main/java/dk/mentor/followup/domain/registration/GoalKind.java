package dk.mentor.followup.domain.registration;

/** What the long-term goal aims at (seed 003 p.4: the long-term job or education goal; the plan holds its words). */
public enum GoalKind implements Coded {
    JOB,
    EDUCATION,
    FLEX_JOB,
    CLARIFICATION
}
