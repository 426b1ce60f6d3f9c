package dk.mentor.dashboard.application;

import java.util.List;

/**
 * One page of a list endpoint, as every service answers it. A large collection is counted only up to a
 * cap: then {@code totalItems} is a lower bound and {@code totalItemsCapped} is true.
 */
public record Page<T>(List<T> items, int page, int size, long totalItems, boolean totalItemsCapped) {

    public boolean hasMore() {
        return (long) (page + 1) * size < totalItems || totalItemsCapped && items.size() == size;
    }
}
