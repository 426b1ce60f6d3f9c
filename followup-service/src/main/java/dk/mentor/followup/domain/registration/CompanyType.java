package dk.mentor.followup.domain.registration;

/** The kind of company hosting the praktik (seed 003 p.4: company type). */
public enum CompanyType implements Coded {
    PRIVATE,
    PUBLIC,
    SOCIAL_ECONOMY
}
