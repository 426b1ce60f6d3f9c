package dk.mentor.kit.api;

import dk.mentor.kit.persistence.NativeQueries;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Counts a list that can grow large only up to a limit ({@link CappedCount}), so that counting costs the
 * same however many rows lie behind the page. Two ways, for the two kinds of query the services write.
 */
public final class CappedCounts {

    private CappedCounts() {
    }

    /**
     * Counts in SQL, with the limit inside the count.
     *
     * @param fromWhere the list's rows, as native SQL from its {@code from} on (no order: the database stops at
     *                  the limit instead of sorting what it found)
     */
    public static CappedCount sql(EntityManager em, String fromWhere, Map<String, ?> parameters, long limit) {
        Query query = NativeQueries.column(em,
                "select count(*) as n from (select 1 " + fromWhere + " limit :countLimit) counted", "n", Long.class);
        parameters.forEach(query::setParameter);
        query.setParameter("countLimit", limit);
        return CappedCount.of(((Number) query.getSingleResult()).longValue(), limit);
    }

    /**
     * {@link #sql}, skipped when the page itself tells the total: a page that is not full and not past the end.
     *
     * @param onPage how many items the page holds
     */
    public static CappedCount sql(EntityManager em, String fromWhere, Map<String, ?> parameters, PageRequest page,
                                  int onPage, int cap) {
        if (onPage > 0 && onPage < page.size() || onPage == 0 && page.page() == 0) {
            return new CappedCount(page.offset() + onPage, false);
        }
        return sql(em, fromWhere, parameters, CappedCount.limit(page, cap));
    }

    /**
     * Counts in JPQL by reading the ids of at most {@code limit} rows: JPQL allows a limit in a subquery only
     * with an order, which would sort every row the filter finds, and the ids are a few kilobytes.
     *
     * @param selectIds a JPQL query selecting one small column of the list's rows, without an order
     * @param bind      sets the query's parameters
     */
    public static CappedCount jpql(EntityManager em, String selectIds, Consumer<Query> bind, long limit) {
        Query query = em.createQuery(selectIds);
        bind.accept(query);
        int rows = query.setMaxResults((int) Math.min(limit, Integer.MAX_VALUE)).getResultList().size();
        return CappedCount.of(rows, limit);
    }
}
