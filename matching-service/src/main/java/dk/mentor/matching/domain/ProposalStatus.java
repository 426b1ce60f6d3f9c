package dk.mentor.matching.domain;

/** The life of one proposed mentor for a referral. */
public enum ProposalStatus {
    /** On the shortlist, not chosen. */
    OPEN,
    /** Chosen by the citizen or caseworker; the meeting and the answers hang on it. */
    CHOSEN,
    /** Citizen or mentor said no (the reason is kept); the mentor is not proposed again for this referral. */
    DECLINED,
    /** Both said yes; a mentorship started from it. */
    ACCEPTED,
    /** Replaced by a newer shortlist or round. */
    SUPERSEDED
}
