package dk.mentor.kit.feed;

import dk.mentor.kit.api.InvalidParameterException;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.kit.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads the events feed from the outbox: positioned rows only, by position. Dead-letter copies
 * ({@code <topic>.dlq}) are never served: they repeat another service's event with an error text.
 * Only events of the caller's municipalities are served; an event without one is never served.
 */
@ApplicationScoped
public class EventFeed {

    /**
     * One statement, so the counters and the rows come from one snapshot: the rows are exactly those
     * up to last_position, and a purge cannot slip between the 410 check and the read.
     */
    private static final String PAGE = """
            select f.last_position, f.purged_through, m.feed_position, m.event_id, m.event_type, m.source,
                   m.subject, m.municipality, m.occurred_at, m.payload
            from outbox_feed f left join lateral (
                select * from outbox_message o
                where o.feed_position > greatest(:after, f.purged_through) and o.feed_position <= f.last_position
                  and o.municipality = any(string_to_array(:municipalities, ','))
                  and o.topic not like '%.dlq'
                  and (:types = '' or o.event_type = any(string_to_array(:types, ',')))
                order by o.feed_position limit :limit) m on true
            order by m.feed_position""";

    @Inject
    EntityManager em;

    FeedPage read(FeedQuery query) {
        long after = query.after().map(FeedCursor::position).orElse(0L);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PAGE)
                .setParameter("after", after)
                .setParameter("municipalities", String.join(",", query.municipalities()))
                .setParameter("types", String.join(",", query.types()))
                .setParameter("limit", query.limit())
                .getResultList();
        long last = ((Number) rows.get(0)[0]).longValue();
        long purgedThrough = ((Number) rows.get(0)[1]).longValue();
        if (query.after().isPresent()) {
            check(after, last, purgedThrough);
        }
        List<FeedEvent> events = new ArrayList<>();
        for (Object[] row : rows) {
            if (row[2] != null) {
                events.add(event(row));
            }
        }
        // A short page holds every match up to last_position, so the client may resume from there.
        long next = events.size() == query.limit() ? events.get(events.size() - 1).position()
                : Math.max(last, Math.max(after, purgedThrough));
        return new FeedPage(events, new FeedCursor(next));
    }

    private static void check(long after, long last, long purgedThrough) {
        if (after < purgedThrough) {
            throw new ProblemException(ProblemType.CURSOR_EXPIRED, "Events after this cursor were purged (the feed keeps"
                    + " them for a limited time); resync with the list endpoints' updatedSince, then follow the feed"
                    + " again from its start (no cursor)");
        }
        if (after > last) {
            throw new InvalidParameterException(FeedCursor.PARAMETER, "names a position this feed never handed out");
        }
    }

    private static FeedEvent event(Object[] row) {
        return new FeedEvent(((Number) row[2]).longValue(), UUID.fromString(row[3].toString()), (String) row[4],
                (String) row[5], (String) row[6], (String) row[7], instant(row[8]), (String) row[9]);
    }

    /** The JDBC driver and Hibernate version decide how a native timestamptz arrives. */
    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Timestamp time) {
            return time.toInstant();
        }
        if (value instanceof Instant time) {
            return time;
        }
        throw new IllegalStateException("unexpected timestamp " + value.getClass());
    }
}
