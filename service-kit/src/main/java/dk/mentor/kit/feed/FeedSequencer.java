package dk.mentor.kit.feed;

import dk.mentor.kit.outbox.OutboxRelay;
import dk.mentor.kit.outbox.OutboxWritten;
import dk.mentor.kit.rounds.KickedRounds;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

/**
 * Gives committed outbox rows their feed position, in commit order (see db/kit V0_5). A pass sees
 * only committed rows, so a row whose transaction commits after a higher id was numbered simply gets
 * a later position: a client that already read past the higher one still finds it after its cursor.
 * The pass locks the one {@code outbox_feed} row, so passes of several instances never overlap.
 *
 * <p>Passes run on a thread of their own, kicked by every commit that wrote events and on a schedule as
 * the safety net. A pass that positioned rows kicks the relay, which sends in feed order (db/kit V0_10).
 * Passes never wait for Kafka, so the feed moves while the relay is stuck on a dead broker. Their commit
 * must reach the disk (a position lost in a crash of the database could be handed to another event after
 * a client had read it); the relay's own commit need not, and on its thread the passes took a third of
 * each round.
 */
@ApplicationScoped
public class FeedSequencer extends KickedRounds {

    static final int BATCH_SIZE = 1_000;
    private static final Logger LOG = Logger.getLogger(FeedSequencer.class);

    @Inject
    EntityManager em;

    @Inject
    OutboxRelay relay;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        kick();
    }

    @Override
    protected String threadName() {
        return "feed-sequencer";
    }

    @Override
    protected String intervalKey() {
        return "mentor.events.sequence-interval";
    }

    /** One batch; a full one means more may wait. */
    @Override
    protected boolean round() {
        try {
            return sequenceBatch() == BATCH_SIZE;
        } catch (RuntimeException e) {
            LOG.debugf("feed sequencer pass failed (%s); the next pass retries", e.getClass().getSimpleName());
            return false;
        }
    }

    /** Positions every committed unpositioned row, a bounded batch per transaction; returns how many. */
    public int sequence() {
        int total = 0;
        int positioned;
        do {
            positioned = sequenceBatch();
            total += positioned;
        } while (positioned == BATCH_SIZE);
        return total;
    }

    private int sequenceBatch() {
        int positioned = QuarkusTransaction.requiringNew().call(() -> {
            long last = ((Number) em.createNativeQuery("select last_position from outbox_feed for update")
                    .getSingleResult()).longValue();
            // A new statement, so it sees every row committed before the lock was granted.
            int count = em.createNativeQuery("""
                            update outbox_message m set feed_position = ?1 + batch.n
                            from (select id, row_number() over (order by id) as n
                                  from (select id from outbox_message where feed_position is null
                                        order by id limit ?2 for update) unpositioned) batch
                            where m.id = batch.id""")
                    .setParameter(1, last).setParameter(2, BATCH_SIZE).executeUpdate();
            if (count > 0) {
                em.createNativeQuery("update outbox_feed set last_position = ?1")
                        .setParameter(1, last + count).executeUpdate();
            }
            return count;
        });
        if (positioned > 0) {
            relay.kick(); // committed: the relay may send them now
        }
        return positioned;
    }
}
