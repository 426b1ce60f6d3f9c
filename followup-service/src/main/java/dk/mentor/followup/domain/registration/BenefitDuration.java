package dk.mentor.followup.domain.registration;

/** How long the citizen has been on public benefits at start, the second half of the benefit history (seed 003 p.4). */
public enum BenefitDuration implements Coded {
    UNDER_1_YEAR,
    ONE_TO_3_YEARS,
    THREE_TO_5_YEARS,
    OVER_5_YEARS
}
