package dk.mentor.matching.domain.ranking;

/** Why a mentor cannot be proposed for a referral; the first that applies is the one counted. */
public enum Unmet {
    /** No mentor serves the municipality under the legal basis at all. */
    NO_CANDIDATES,
    EXCLUDED_EARLIER,
    NOT_ACTIVE,
    VETTING_INCOMPLETE,
    NOT_SERVING_MUNICIPALITY,
    LEGAL_BASIS,
    /** The eligibility rows in force do not let this kind of mentor serve the referral's citizen. */
    MENTOR_KIND_NOT_ELIGIBLE,
    NO_FREE_SEAT,
    NO_FREE_HOURS,
    WISH_MENTOR_GENDER,
    WISH_SAME_BACKGROUND,
    WISH_DIFFERENT_BACKGROUND,
    WISH_MEETING_PLACE,
    WISH_MEETING_WINDOW,
    WISH_PREVIOUS_MENTOR;

    static Unmet of(WishKind kind) {
        return valueOf("WISH_" + kind.name());
    }

    public boolean isWish() {
        return name().startsWith("WISH_");
    }
}
