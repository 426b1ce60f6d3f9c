package dk.mentor.kit.api;

/**
 * The count of a collection that can grow large, taken only up to a limit: counting every row behind
 * each page made a page of 20 cost as much as reading the whole collection (linear in the rows the
 * caller may see). The limit is the cap, or the end of the requested page when that lies further, so
 * a page that is reached is always counted.
 */
public record CappedCount(long items, boolean capped) {

    /** How many rows to count at most: one more than the cap or the page's end, to tell "exactly" from "more". */
    public static long limit(PageRequest page, int cap) {
        return Math.max((long) cap, (long) page.offset() + page.size()) + 1;
    }

    /** The result of counting with {@link #limit}: reaching the limit means there are more. */
    public static CappedCount of(long counted, long limit) {
        return counted >= limit ? new CappedCount(limit - 1, true) : new CappedCount(counted, false);
    }
}
