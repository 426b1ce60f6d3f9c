package dk.mentor.followup.infra.persistence;

import dk.mentor.kit.api.CappedCount;
import dk.mentor.kit.api.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Map;

/**
 * Counts a list that can grow large only up to a limit (see {@link CappedCount}), in SQL: a {@code limit}
 * inside the count, so counting costs the same however many rows lie behind the page.
 */
public final class CappedCounts {

    private CappedCounts() {
    }

    /**
     * @param fromWhere the list's rows, as native SQL from its {@code from} on (no order)
     * @param onPage    how many items the page holds: a page that is not full and not past the end tells the
     *                  total without counting
     */
    public static CappedCount count(EntityManager em, String fromWhere, Map<String, Object> parameters,
                                    PageRequest page, int onPage, int cap) {
        if (onPage > 0 && onPage < page.size() || onPage == 0 && page.page() == 0) {
            return new CappedCount(page.offset() + onPage, false);
        }
        long limit = CappedCount.limit(page, cap);
        Query query = em.createNativeQuery("select count(*) from (select 1 " + fromWhere + " limit :countLimit) counted",
                Long.class);
        parameters.forEach(query::setParameter);
        query.setParameter("countLimit", limit);
        return CappedCount.of(((Number) query.getSingleResult()).longValue(), limit);
    }
}
