package dk.mentor.matching.domain.ranking;

/**
 * What the score of a mentor for a referral is made of. Each criterion has a weight per
 * municipality; a criterion the referral does not ask for gives no points to anyone.
 */
public enum Criterion {
    /** Share of the referral's target groups the mentor has experience with (seed 000 p.18). */
    TARGET_GROUPS,
    /** Share of the referral's needs the mentor's competences cover. */
    NEEDS,
    /** Share of the referral's languages the mentor speaks (language support, seed 000 p.9). */
    LANGUAGES,
    /** The mentor works in the wished area: full for the postcode, half for the municipality. */
    AREA,
    /** A preferred wish on the mentor's gender (seed 000 p.20). */
    MENTOR_GENDER,
    /** A preferred wish on a same or different background (seed 000 p.20). */
    BACKGROUND,
    /** A preferred wish on where to meet (seed 000 p.20). */
    MEETING_PLACE,
    /** A preferred wish on when to meet, e.g. only in activation time 08:00-16:00 (seed 000 p.20). */
    MEETING_WINDOW,
    /** A preferred wish to continue with a previous mentor. */
    PREVIOUS_MENTOR,
    /** Share of the mentor's seats still free, so load spreads over the corps. */
    FREE_CAPACITY,
    /**
     * The referral is urgent. It adds the same points for every mentor of the referral, so it never
     * changes a shortlist's order; in a matching round it makes seats go to urgent referrals first.
     */
    URGENCY
}
