package dk.mentor.kit.api;

/**
 * A page of a collection. A page or size outside its range is refused, not clamped: a client that
 * asks for 100,000 rows and silently gets 200 would take the short page for the end of the list.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;
    /** Far beyond any real collection; keeps the offset (at most 200,000,000) inside an int. */
    public static final int MAX_PAGE = 1_000_000;

    /** Missing values take their defaults; values out of range are a 400 naming the parameter. */
    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0 || p > MAX_PAGE) {
            throw new InvalidParameterException("page", "must be between 0 and " + MAX_PAGE);
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new InvalidParameterException("size", "must be between 1 and " + MAX_SIZE);
        }
        return new PageRequest(p, s);
    }

    public int offset() {
        return page * size;
    }
}
