package dk.mentor.followup.domain.registration;

/** The benefit at start, the first half of the benefit history (seed 003 pp.1, 4: kontanthjælp, sygedagpenge, ledighedsydelse). */
public enum BenefitType implements Coded {
    CASH_BENEFIT,
    SICKNESS_BENEFIT,
    FLEX_JOB_BENEFIT,
    RESOURCE_COURSE_BENEFIT,
    OTHER
}
