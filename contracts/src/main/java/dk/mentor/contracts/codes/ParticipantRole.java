package dk.mentor.contracts.codes;

/**
 * The role a person holds on a citizen's shared plan. One person may hold two roles, e.g. a LAB
 * mentor who is also the citizen's § 85 support contact person. Events carry the constant's name.
 */
public enum ParticipantRole {
    /** The caseworker; the coordinating caseworker owns the plan. */
    CASEWORKER,
    /** A mentor under the employment law (LAB). */
    LAB_MENTOR,
    /** A support contact person under Serviceloven § 85. */
    SUPPORT_CONTACT_PERSON_SEL85,
    /** A støtte- og kontaktperson under Serviceloven § 99. */
    CONTACT_PERSON_SEL99,
    /** A mentor under Integrationsloven § 23 d. */
    INTEGRATION_MENTOR,
    /** A mentor at the citizen's workplace. */
    COMPANY_MENTOR,
    /** An unpaid volunteer mentor. */
    VOLUNTEER_MENTOR,
    /** The job centre's job consultant who finds and follows the citizen's placement (seed 002 pp.6-10). */
    JOB_CONSULTANT,
    /** The job centre's company consultant who keeps the company relationship (seed 002 pp.15, 21). */
    COMPANY_CONSULTANT
}
