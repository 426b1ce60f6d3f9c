package dk.mentor.refusion.domain;

/** How often a regime's refund is claimed. */
public enum ClaimPeriod {
    MONTH, QUARTER, HALF_YEAR, YEAR
}
