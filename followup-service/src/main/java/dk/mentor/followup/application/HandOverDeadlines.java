package dk.mentor.followup.application;

import dk.mentor.followup.domain.HandOver;
import dk.mentor.kit.persistence.NativeQueries;
import dk.mentor.kit.time.DanishTime;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Accepts the hand-overs whose receiver let the dispute deadline pass without accepting or disputing
 * (see {@link HandOvers#acceptByDeadline}). Offers are claimed with {@code FOR UPDATE SKIP LOCKED} and
 * the deadline and status are checked again under the lock, so several instances share the work, an offer
 * is accepted once, and a run that finds nothing changes nothing.
 */
@ApplicationScoped
public class HandOverDeadlines {

    private static final Logger LOG = Logger.getLogger(HandOverDeadlines.class);
    private static final int BATCH = 100;

    @Inject
    EntityManager em;
    @Inject
    HandOvers handOvers;
    @Inject
    Clock clock;

    public record Batch(int claimed, int accepted) {
    }

    @Scheduled(every = "${followup.hand-over.deadline-sweep.every:15m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        Batch batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(this::acceptBatch);
            if (batch.accepted() > 0) {
                LOG.infof("Hand-overs past their dispute deadline accepted: %d", batch.accepted());
            }
        } while (batch.claimed() == BATCH && batch.accepted() > 0);
    }

    /** One batch, in the caller's transaction. */
    public Batch acceptBatch() {
        @SuppressWarnings("unchecked")
        List<HandOver> due = NativeQueries.entities(em, """
                        select * from hand_over where status = 'OFFERED' and disputed_at is null and disputable_until < :today
                        order by disputable_until, id limit :size for update skip locked""", HandOver.class)
                .setParameter("today", DanishTime.today(clock)).setParameter("size", BATCH).getResultList();
        int accepted = 0;
        for (HandOver handOver : due) {
            if (handOvers.acceptByDeadline(handOver)) {
                accepted++;
            } else {
                LOG.warnf("Hand-over %s is past its deadline but its consent is no longer in force; it stays offered",
                        handOver.id());
            }
        }
        return new Batch(due.size(), accepted);
    }
}
