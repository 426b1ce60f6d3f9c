package dk.mentor.kit.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/**
 * Remembers which events a consumer has applied. The row is written in the same transaction as
 * the effect, so an event is either applied and remembered, or neither.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    EntityManager em;

    /** True the first time this consumer sees the event id; false for a redelivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        int inserted = em.createNativeQuery(
                        "insert into processed_event (consumer, event_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate();
        return inserted == 1;
    }

    /**
     * The ids of a poll's events this consumer has not seen before, claimed in one statement. It runs on
     * the session's connection without Hibernate's flush, which a query would first do over every
     * entity the transaction holds.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> firstDeliveries(String consumer, List<String> eventIds) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement claim = connection.prepareStatement("insert into processed_event (consumer, event_id)"
                    + " select ?, unnest(?) on conflict do nothing returning event_id")) {
                claim.setString(1, consumer);
                claim.setArray(2, connection.createArrayOf("text", eventIds.toArray()));
                Set<String> claimed = new HashSet<>();
                try (ResultSet rows = claim.executeQuery()) {
                    while (rows.next()) {
                        claimed.add(rows.getString(1));
                    }
                }
                return claimed;
            }
        });
    }
}
