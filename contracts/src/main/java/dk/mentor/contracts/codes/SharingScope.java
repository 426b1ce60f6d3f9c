package dk.mentor.contracts.codes;

/** Which municipalities may see and use a mentor besides the home municipality. */
public enum SharingScope {
    /** Only the home municipality. */
    OWN_MUNICIPALITY,
    /** The home municipality and the municipalities listed on the mentor. */
    LISTED_MUNICIPALITIES,
    /** Every municipality. */
    NATIONAL
}
