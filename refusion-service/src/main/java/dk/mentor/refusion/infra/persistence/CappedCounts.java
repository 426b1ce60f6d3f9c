package dk.mentor.refusion.infra.persistence;

import dk.mentor.kit.api.CappedCount;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.function.Consumer;

/**
 * Counts the rows of a list only up to a limit ({@link CappedCount}): a ledger grows by every meeting,
 * and counting all of a municipality's lines behind each page made a page cost as much as the ledger.
 */
final class CappedCounts {

    private CappedCounts() {
    }

    /**
     * @param selectRows a JPQL query selecting one small column of the list's rows (no order: the database
     *                   stops at the limit instead of sorting what it found)
     * @param bind       sets the query's parameters
     */
    static CappedCount count(EntityManager em, String selectRows, Consumer<TypedQuery<?>> bind, long limit) {
        // JPQL allows a limit in a subquery only with an order, which would sort every row the filter finds;
        // the ids of up to `limit` rows are a few kilobytes.
        TypedQuery<Object> query = em.createQuery(selectRows, Object.class);
        bind.accept(query);
        int rows = query.setMaxResults((int) Math.min(limit, Integer.MAX_VALUE)).getResultList().size();
        return CappedCount.of(rows, limit);
    }
}
