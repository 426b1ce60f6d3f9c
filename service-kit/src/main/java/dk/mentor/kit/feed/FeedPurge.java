package dk.mentor.kit.feed;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Deletes events older than the retention ({@code mentor.events.retention}) once the relay has sent
 * them (at or below its mark, db/kit V0_10): the outbox would otherwise grow forever. An unsent row is
 * never purged, since Kafka still needs it. The highest purged position is remembered, so a cursor
 * below it (a client that may have missed purged events) is answered 410 instead of silently skipping
 * them.
 */
@ApplicationScoped
public class FeedPurge {

    static final int BATCH_SIZE = 1_000;
    private static final Logger LOG = Logger.getLogger(FeedPurge.class);

    @Inject
    EntityManager em;

    @ConfigProperty(name = "mentor.events.retention")
    Duration retention;

    @Scheduled(every = "${mentor.events.purge-interval}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        try {
            purge();
        } catch (RuntimeException e) {
            LOG.warnf("event feed purge failed (%s); the next round retries", e.getClass().getSimpleName());
        }
    }

    /** Deletes every expired event, a bounded batch per transaction so no lock is held for long; returns how many. */
    public int purge() {
        int total = 0;
        int deleted;
        do {
            deleted = purgeBatch();
            total += deleted;
        } while (deleted == BATCH_SIZE);
        return total;
    }

    /** {@code skip locked} leaves the rows another instance's purge holds to them. */
    private int purgeBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] expired = (Object[]) em.createNativeQuery("""
                            with expired as (
                                delete from outbox_message where id in (
                                    select id from outbox_message
                                    where feed_position <= (select sent_through from outbox_relay)
                                      and created_at < now() - make_interval(secs => ?1)
                                    order by feed_position limit ?2 for update skip locked)
                                returning feed_position)
                            select count(*), coalesce(max(feed_position), 0) from expired""")
                    .setParameter(1, retention.toSeconds()).setParameter(2, BATCH_SIZE).getSingleResult();
            int deleted = ((Number) expired[0]).intValue();
            if (deleted > 0) {
                em.createNativeQuery("update outbox_feed set purged_through = greatest(purged_through, ?1)")
                        .setParameter(1, ((Number) expired[1]).longValue()).executeUpdate();
            }
            return deleted;
        });
    }
}
