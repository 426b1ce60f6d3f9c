package dk.mentor.followup.application;

import dk.mentor.followup.infra.persistence.DueItemRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Writes the due items of the active plans that predate the stored due items (an upgraded installation),
 * a batch of plans per transaction of its own: each batch's plans stay locked only while it runs, and no
 * transaction holds thousands of entities. A start writes them all on a thread of its own, so the first
 * alert list after an upgrade does not wait for thousands of plans; a list asked for before that is done
 * writes its own municipalities' first. Two instances doing it at once lock each plan in turn, and a plan
 * written twice is written the same.
 */
@ApplicationScoped
public class UnwrittenDueItems {

    private static final Logger LOG = Logger.getLogger(UnwrittenDueItems.class);
    private static final int BATCH = 100;

    @Inject
    DueItemRepository dueItems;
    @Inject
    PlanDueItems rewrite;

    private final AtomicBoolean stopping = new AtomicBoolean();

    void start(@Observes StartupEvent event) {
        Thread thread = new Thread(this::writeAllLogged, "due-items-fill");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        stopping.set(true);
    }

    /** Those of these municipalities, before their alerts are listed. */
    public void writeFor(Collection<String> municipalities) {
        write(QuarkusTransaction.requiringNew().call(() -> dueItems.unwritten(municipalities)));
    }

    /** Those of every municipality; how many plans it wrote. */
    public int writeAll() {
        List<UUID> plans = QuarkusTransaction.requiringNew().call(() -> dueItems.unwritten(null));
        write(plans);
        return plans.size();
    }

    private void writeAllLogged() {
        try {
            long began = System.nanoTime();
            int written = writeAll();
            if (written > 0) {
                LOG.infof("Due items written for %d plans from before they were stored, in %d ms", written,
                        (System.nanoTime() - began) / 1_000_000);
            }
        } catch (RuntimeException e) {
            // The alert list writes what is left for its municipalities; the next start tries again.
            LOG.warnf("Writing the due items of older plans stopped: %s", e.toString());
        }
    }

    private void write(List<UUID> plans) {
        for (int from = 0; from < plans.size() && !stopping.get(); from += BATCH) {
            List<UUID> batch = plans.subList(from, Math.min(plans.size(), from + BATCH));
            QuarkusTransaction.requiringNew().run(() -> batch.forEach(rewrite::rewrite));
        }
    }
}
