package dk.mentor.kit.api;

import dk.mentor.kit.persistence.NativeQueries;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Counts a list that can grow large only up to a limit ({@link CappedCount}), so that counting costs the
 * same however many rows lie behind the page. Two ways, for the two kinds of query the services write.
 */
public final class CappedCounts {

    /** Ten seconds cover a caller paging on, and a list that shrank below its cap soon shows its exact total. */
    private static final SaturatedCounts SATURATED = new SaturatedCounts(Duration.ofSeconds(10), 10_000, System::nanoTime);

    private CappedCounts() {
    }

    /**
     * Counts in SQL, with the limit inside the count. The limit is written into the statement, not bound: with
     * a bound limit PostgreSQL never settles on the prepared statement's generic plan (that plan guesses a
     * tenth of the table's rows as the limit, so it always looks dearer than one made for 1,001) and plans the
     * count anew on every call, about 0.2 ms of the database's CPU for the catalogue's. Written in, it is
     * rounded up to a power of two, so that pages beyond the cap share a few statements instead of one
     * each; the extra rows counted are cut off again here.
     *
     * @param fromWhere the list's rows, as native SQL from its {@code from} on (no order: the database stops at
     *                  the limit instead of sorting what it found)
     */
    public static CappedCount sql(EntityManager em, String fromWhere, Map<String, ?> parameters, long limit) {
        Query query = NativeQueries.column(em, "select count(*) as n from (select 1 " + fromWhere + " limit "
                + statementLimit(limit) + ") counted", "n", Long.class);
        parameters.forEach(query::setParameter);
        long counted = ((Number) query.getSingleResult()).longValue();
        return CappedCount.of(Math.min(counted, limit), limit);
    }

    /** The statement and its parameters, by name; an array by its elements, not its identity. */
    private static String key(String fromWhere, Map<String, ?> parameters, long limit) {
        StringBuilder key = new StringBuilder().append(limit).append(' ').append(fromWhere);
        new TreeMap<String, Object>(parameters).forEach((name, value) -> key.append(' ').append(name).append('=')
                .append(value instanceof Object[] values ? Arrays.deepToString(values) : value));
        return key.toString();
    }

    /** The smallest power of two not below {@code limit}: 1,024 for the usual 1,001. */
    static long statementLimit(long limit) {
        return limit <= 1 ? 1 : Long.highestOneBit(limit - 1) << 1;
    }

    /**
     * {@link #sql} for a list's page, skipped when the page itself tells the total (a page that is not full and
     * not past the end) and when the same count reached its limit a few seconds ago ({@link SaturatedCounts}).
     *
     * @param onPage how many items the page holds
     */
    public static CappedCount sql(EntityManager em, String fromWhere, Map<String, ?> parameters, PageRequest page,
                                  int onPage, int cap) {
        if (onPage > 0 && onPage < page.size() || onPage == 0 && page.page() == 0) {
            return new CappedCount(page.offset() + onPage, false);
        }
        return sql(em, fromWhere, parameters, CappedCount.limit(page, cap), SATURATED);
    }

    static CappedCount sql(EntityManager em, String fromWhere, Map<String, ?> parameters, long limit,
                           SaturatedCounts saturated) {
        String key = key(fromWhere, parameters, limit);
        if (saturated.holds(key)) {
            return CappedCount.of(limit, limit);
        }
        CappedCount counted = sql(em, fromWhere, parameters, limit);
        if (counted.capped()) {
            saturated.remember(key);
        }
        return counted;
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
