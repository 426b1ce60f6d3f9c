package dk.mentor.contracts.codes;

/** What kind of mentor a person is; events carry the constant's name as the code. */
public enum MentorKind {
    /** A paid mentor (employed or engaged by the municipality or a provider) under LAB. */
    PAID_SOCIAL_MENTOR,
    /** An unpaid volunteer, often from an NGO or mentor corps; acts under no statutory basis. */
    VOLUNTEER,
    /** An employee freed by their company to support a colleague or trainee (virksomhedsmentor). */
    COMPANY_MENTOR,
    /** A municipal employee acting as mentor alongside their ordinary job. */
    MUNICIPAL_EMPLOYEE,
    /** A support contact person giving socialpædagogisk støtte under Serviceloven § 85. */
    SUPPORT_CONTACT_PERSON_SEL85,
    /** A støtte- og kontaktperson under Serviceloven § 99 (outreach, may serve anonymous citizens). */
    CONTACT_PERSON_SEL99,
    /** A mentor under Integrationsloven § 23 d. */
    INTEGRATION_MENTOR
}
