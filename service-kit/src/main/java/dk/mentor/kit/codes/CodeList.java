package dk.mentor.kit.codes;

/**
 * The code lists kept as rows. Which lists exist is structure (a new list needs code that reads it);
 * which codes a list holds, and when each is in force, is data.
 */
public enum CodeList {
    /** The legal bases a mentor, a participant or a caseworker acts under, with what each allows. */
    LEGAL_BASIS,
    /** Target groups: the guide's need tags and the benefit and visitation categories of the regimes. */
    TARGET_GROUP;

    /** What a code looks like: upper-case letters, digits and underscores, as the seeded ones (LAB_167, SICK_LISTED). */
    public static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{1,59}";

    /** The list named in a URL or an event, or empty. */
    public static java.util.Optional<CodeList> named(String name) {
        for (CodeList list : values()) {
            if (list.name().equals(name)) {
                return java.util.Optional.of(list);
            }
        }
        return java.util.Optional.empty();
    }
}
