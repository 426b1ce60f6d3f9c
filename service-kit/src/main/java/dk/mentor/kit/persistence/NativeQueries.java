package dk.mentor.kit.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.hibernate.query.NativeQuery;

/**
 * Native queries whose plans Hibernate caches once. {@code createNativeQuery(sql, Long.class)}, or any other
 * basic result class, describes its result with a builder that equals only itself, so each call of the same
 * statement is a new key in Hibernate's query plan cache: the cache fills with copies of one plan (2,048, all
 * of one hash, so every lookup compares the statement with each of them) and evicts the plans of every other
 * query. Behind the catalogue's list, its capped count took a quarter of the service's CPU that way. The
 * result named by {@code addScalar} or {@code addEntity} compares by value. An entity class given to
 * {@code createNativeQuery} is cached once too, but a rule cannot tell the two apart by the call, so
 * {@code LayerRules} rules out the result-class form and both go through here.
 */
public final class NativeQueries {

    private NativeQueries() {
    }

    /** Rows of an entity, the statement selecting all its columns (e.g. {@code select m.* from mentor m}). */
    public static Query entities(EntityManager em, String sql, Class<?> entity) {
        return em.createNativeQuery(sql).unwrap(NativeQuery.class).addEntity(entity);
    }

    /** One column of each row, read as {@code type}; the statement names the column {@code column}. */
    public static Query column(EntityManager em, String sql, String column, Class<?> type) {
        return em.createNativeQuery(sql).unwrap(NativeQuery.class).addScalar(column, type);
    }
}
