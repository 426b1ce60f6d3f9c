package dk.mentor.kit.api;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a collection, with the total so clients can page to the end. */
public record Page<T>(
        @Schema(description = "The items on this page, in a stable order.") List<T> items,
        @Schema(description = "Zero-based page number.", example = "0") int page,
        @Schema(description = "Page size used (1..200).", example = "20") int size,
        @Schema(description = "Number of items in the whole collection, or at least this many when totalItemsCapped.",
                example = "134") long totalItems,
        @Schema(description = "True when the collection holds more items than totalItems. A collection that can grow"
                + " large (the mentor catalogue) is counted only up to a cap, so that a page costs the same however many"
                + " items lie behind it; page on until a page holds fewer than size items.", example = "false")
        boolean totalItemsCapped) {

    /** A page of a collection counted in full. */
    public Page(List<T> items, int page, int size, long totalItems) {
        this(items, page, size, totalItems, false);
    }

    public static <E, T> Page<T> of(List<E> items, PageRequest request, long total, Function<E, T> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), request.page(), request.size(), total);
    }

    /** A page whose collection was counted only up to a cap. */
    public static <E, T> Page<T> of(List<E> items, PageRequest request, CappedCount count, Function<E, T> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), request.page(), request.size(), count.items(), count.capped());
    }

    /** The requested page of a query, with the query's total. */
    public static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        return of(query.page(request.page(), request.size()).list(), request, query.count(), mapper);
    }

    /** The requested page of a short collection already in memory (a plan's goals, a course's sessions). */
    public static <E, T> Page<T> slice(List<E> all, PageRequest request, Function<E, T> mapper) {
        int from = Math.min(request.offset(), all.size());
        int to = Math.min(from + request.size(), all.size());
        return of(all.subList(from, to), request, all.size(), mapper);
    }
}
