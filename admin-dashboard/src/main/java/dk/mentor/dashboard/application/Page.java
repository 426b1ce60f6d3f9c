package dk.mentor.dashboard.application;

import java.util.List;

/** One page of a list endpoint, as every service answers it. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    public boolean hasMore() {
        return (long) (page + 1) * size < totalItems;
    }
}
