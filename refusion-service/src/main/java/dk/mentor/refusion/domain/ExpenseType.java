package dk.mentor.refusion.domain;

/** What an expense is for, as the rules see it: refund rules name one of these. */
public enum ExpenseType {
    /** The mentor's paid hours: meetings, and transport and cancellations when the mentor's terms pay them. */
    WAGE,
    /** Mentor training and follow-up sessions. */
    TRAINING,
    /** Miscellaneous fees. */
    FEE
}
