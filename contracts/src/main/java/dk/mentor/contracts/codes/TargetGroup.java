package dk.mentor.contracts.codes;

/**
 * Target groups of mentor support, used as need tags on referrals, as experience tags on mentors
 * and as a dimension of budgets and statistics. The first ten are the guide's target groups
 * (seed 000 p.15); the others are the benefit and visitation categories of the later regimes
 * (seed 001 pp.3-20) and the integration law. Events carry the constant's name.
 */
public enum TargetGroup {
    /** Young people with little knowledge of the system (000 p.15, group 1). */
    YOUNG_LITTLE_SYSTEM_KNOWLEDGE,
    /** Home-staying women with no attachment to the labour market (group 2). */
    HOME_STAYING_WOMEN,
    /** Sick-listed unemployed and people under health clarification (group 3). */
    SICK_LISTED,
    /** People considering or applying for disability pension (group 4). */
    DISABILITY_PENSION_APPLICANTS,
    /** Misuse of medicine, alcohol, hash or drugs (group 5). */
    SUBSTANCE_MISUSE,
    /** Great difficulty learning Danish (group 6). */
    LANGUAGE_BARRIERS,
    /** Unable to provide for themselves or their family (group 7). */
    PROVIDER_PROBLEMS,
    /** Extraordinary need for information on the system and the labour market (group 8). */
    INFORMATION_NEEDS,
    /** To be retained in placement, job or education (group 9). */
    RETENTION_IN_JOB_OR_EDUCATION,
    /** Social and mental problems, e.g. PTSD, ADHD, anxiety, housing problems (group 10). */
    SOCIAL_AND_MENTAL_PROBLEMS,
    /** Insured unemployed (forsikrede ledige). */
    INSURED_UNEMPLOYED,
    /** Long-term unemployed (langtidsledige). */
    LONG_TERM_UNEMPLOYED,
    /**
     * Job-ready or education-ready cash-benefit recipients, as one code. Kept so that data recorded with
     * it still reads, but it merges a group without refund from 2014 (job-ready) with one that kept it
     * (education-ready): new data uses {@link #JOB_READY} or {@link #EDUCATION_READY}.
     */
    JOB_OR_EDUCATION_READY,
    /** Job-ready cash-benefit recipients (jobparate kontanthjælpsmodtagere). */
    JOB_READY,
    /** Education-ready young recipients of education benefit (uddannelsesparate, incl. "åbenlyst"). */
    EDUCATION_READY,
    /** Employed citizens (beskæftigede); no refund of mentor costs from 2014. */
    EMPLOYED,
    /** Self-supporting citizens without public benefit (selvforsørgende). */
    SELF_SUPPORTING,
    /** Activity-ready citizens, not yet job-ready (aktivitetsparate). */
    ACTIVITY_READY,
    /** Citizens referred to a resource course (ressourceforløb). */
    RESOURCE_COURSE,
    /** Flex-job-eligible people on ledighedsydelse, and vulnerable flex-jobbers. */
    FLEX_JOB,
    /** Citizens on sickness benefit (sygedagpenge). */
    SICKNESS_BENEFIT,
    /** Vocational rehabilitation (revalidering). */
    REHABILITATION,
    /** Vulnerable young unemployed (udsatte unge ledige), excepted from the 2009 refund. */
    VULNERABLE_YOUNG_UNEMPLOYED,
    /** Refugees and immigrants in the integration programme (introduktionsprogram). */
    INTEGRATION_PROGRAMME
}
