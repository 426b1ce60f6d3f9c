package dk.mentor.matching.infra.persistence;

import dk.mentor.kit.api.CappedCount;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Counts a list's rows only up to a limit ({@link CappedCount}): the referrals and mentorships of a
 * municipality grow with every citizen, and counting all of them behind each page made a page cost as
 * much as the whole list. The ids of at most {@code limit} rows are read, unsorted, so the database stops
 * at the limit.
 */
final class CappedTotals {

    private CappedTotals() {
    }

    /** @param where a Panache-style condition on the entity's fields, as its list uses it */
    static CappedCount count(EntityManager em, String entity, String where, Parameters parameters, long limit) {
        TypedQuery<Object> ids = em.createQuery("select id from " + entity + " where " + where, Object.class);
        parameters.map().forEach(ids::setParameter);
        int rows = ids.setMaxResults((int) Math.min(limit, Integer.MAX_VALUE)).getResultList().size();
        return CappedCount.of(rows, limit);
    }
}
