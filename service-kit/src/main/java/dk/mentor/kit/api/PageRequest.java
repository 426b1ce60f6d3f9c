package dk.mentor.kit.api;

/** A page of a collection; sizes are clamped to 1..200 so no client can ask for everything at once. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : Math.max(0, page);
        int s = size == null ? DEFAULT_SIZE : Math.min(MAX_SIZE, Math.max(1, size));
        return new PageRequest(p, s);
    }

    public int offset() {
        return page * size;
    }
}
