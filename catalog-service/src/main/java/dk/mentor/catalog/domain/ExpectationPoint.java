package dk.mentor.catalog.domain;

/** The eight points of the intake interview's expectation alignment (seed 000 p.20). */
public enum ExpectationPoint {
    EMPLOYMENT_FOCUS,
    WORKING_HOURS,
    PERIOD,
    PLACE_OF_WORK,
    TRAINING,
    RESPONSIBILITIES_AND_CONFIDENTIALITY,
    GENDER_AND_RELIGION,
    PAY
}
