package dk.mentor.followup.domain.registration;

/** The citizen's origin (herkomst) in Statistics Denmark's categories (seed 003 p.4). */
public enum Origin implements Coded {
    DANISH,
    IMMIGRANT_WESTERN,
    IMMIGRANT_NON_WESTERN,
    DESCENDANT_WESTERN,
    DESCENDANT_NON_WESTERN
}
