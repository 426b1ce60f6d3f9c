package dk.mentor.kit.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plain SQL against the test application's schema, each call in a transaction of its own. */
@ApplicationScoped
public class TestDatabase {

    @Inject
    EntityManager em;

    /** Rows as column-name maps, in the query's order. */
    public List<Map<String, Object>> rows(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Tuple> tuples = bind(em.createNativeQuery(sql, Tuple.class), params).getResultList();
            return tuples.stream().map(TestDatabase::toMap).toList();
        });
    }

    public long count(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) bind(em.createNativeQuery(sql), params).getSingleResult()).longValue());
    }

    public int execute(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> bind(em.createNativeQuery(sql), params).executeUpdate());
    }

    private static Query bind(Query query, Object... params) {
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query;
    }

    private static Map<String, Object> toMap(Tuple tuple) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (TupleElement<?> element : tuple.getElements()) {
            row.put(element.getAlias(), tuple.get(element));
        }
        return row;
    }
}
