package dk.mentor.refusion.domain;

/** How a regime limits what the state refunds or what a municipality may spend. */
public enum CeilingKind {
    /** No limit: every refundable krone is refunded at the rate (LAB 2009). */
    NONE,
    /** Refund within the municipality's rådighedsbeløb (integration act; LAB 2016-2018). */
    RAADIGHEDSBELOEB,
    /** A yearly refusion ceiling per municipality: spend beyond it, but refund stops at it (LAB 2014). */
    REFUSION_CEILING,
    /** A cap on spending per full-time person, counted in the budget guarantee (bill for 2026). */
    SPENDING_CAP_PER_FULL_TIME_PERSON;

    public boolean limits() {
        return this != NONE;
    }
}
