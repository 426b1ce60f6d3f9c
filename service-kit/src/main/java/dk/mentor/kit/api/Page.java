package dk.mentor.kit.api;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a collection, with the total so clients can page to the end. */
public record Page<T>(
        @Schema(description = "The items on this page, in a stable order.") List<T> items,
        @Schema(description = "Zero-based page number.", example = "0") int page,
        @Schema(description = "Page size used (1..200).", example = "20") int size,
        @Schema(description = "Number of items in the whole collection.", example = "134") long totalItems) {

    public static <E, T> Page<T> of(List<E> items, PageRequest request, long total, Function<E, T> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), request.page(), request.size(), total);
    }
}
