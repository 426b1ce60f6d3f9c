package dk.mentor.followup.application;

import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;

/** Pages of the plan's collections: a query's page with the query's total, or a page of a list in memory. */
final class Pages {

    private Pages() {
    }

    static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest page, Function<E, T> mapper) {
        return Page.of(query.page(page.page(), page.size()).list(), page, query.count(), mapper);
    }

    static <E, T> Page<T> of(List<E> all, PageRequest page, Function<E, T> mapper) {
        int from = Math.min(page.offset(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return Page.of(all.subList(from, to), page, all.size(), mapper);
    }
}
