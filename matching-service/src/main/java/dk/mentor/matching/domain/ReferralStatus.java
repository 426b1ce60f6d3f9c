package dk.mentor.matching.domain;

/** Where a referral is in the flow: proposed, chosen, met, matched, or waiting for a mentor who fits. */
public enum ReferralStatus {
    /** Created; no shortlist yet. */
    OPEN,
    /** A shortlist (or a round's proposal) waits for the citizen's or caseworker's choice. */
    PROPOSED,
    /** No mentor fits now; the waiting reasons say why. */
    WAITING,
    /** A mentor was chosen; the three-party meeting is to be scheduled. */
    CHOSEN,
    /** The three-party meeting is scheduled; citizen and mentor answer yes or no. */
    MEETING_SCHEDULED,
    /** Both said yes: the mentorship runs. */
    MATCHED,
    /** The mentorship ended, or the referral was withdrawn. */
    CLOSED;

    /** A round may propose for these; the others have a person's decision under way. */
    public boolean openForProposals() {
        return this == OPEN || this == PROPOSED || this == WAITING;
    }
}
