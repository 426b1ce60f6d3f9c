package dk.mentor.kit.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What waits in this service's own tables: events the outbox has not sent yet, how long the oldest has
 * waited, and dead letters no operator has replayed. Sampled on a schedule rather than on each scrape,
 * so a scrape never waits for the database; the age is computed at scrape time, so it keeps growing
 * while the relay is stuck even between samples. A failed sample keeps the last values.
 */
@ApplicationScoped
public class BacklogGauges {

    static final String OUTBOX_BACKLOG = "mentor.outbox.backlog";
    static final String OUTBOX_OLDEST_AGE = "mentor.outbox.oldest.unsent.age";
    static final String DEAD_LETTERS_WAITING = "mentor.dead.letters.waiting";

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    @Inject
    Clock clock;

    private final AtomicLong unsent = new AtomicLong();
    /** The oldest unsent event's age as the database saw it, and when; null while nothing waits. */
    private final AtomicReference<Sample> oldest = new AtomicReference<>();
    private final AtomicLong waitingDeadLetters = new AtomicLong();

    void register(@Observes StartupEvent event) {
        Gauge.builder(OUTBOX_BACKLOG, unsent, AtomicLong::get)
                .description("Events written to the outbox and not yet acknowledged by the broker")
                .register(registry);
        Gauge.builder(OUTBOX_OLDEST_AGE, this, BacklogGauges::oldestAgeSeconds).baseUnit("seconds")
                .description("How long the oldest unsent outbox event has waited; 0 when none waits")
                .register(registry);
        Gauge.builder(DEAD_LETTERS_WAITING, waitingDeadLetters, AtomicLong::get)
                .description("Dead letters not replayed yet")
                .register(registry);
    }

    @Scheduled(every = "${mentor.metrics.sample-interval:15s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sample() {
        QuarkusTransaction.requiringNew().run(() -> {
            // Unsent: not yet positioned (a partial index) or above the relay's mark (the position's index).
            // The mark goes in as a value: behind a subquery the planner cannot tell how few rows are above
            // it, and scanned the whole outbox.
            long sentThrough = ((Number) em.createNativeQuery("select sent_through from outbox_relay")
                    .getSingleResult()).longValue();
            Object[] outbox = (Object[]) em.createNativeQuery("select count(*), "
                    + "extract(epoch from now() - min(created_at)) from outbox_message "
                    + "where feed_position is null or feed_position > ?1")
                    .setParameter(1, sentThrough)
                    .getSingleResult();
            long letters = ((Number) em.createNativeQuery(
                    "select count(*) from dead_letter where replayed_at is null").getSingleResult()).longValue();
            unsent.set(((Number) outbox[0]).longValue());
            oldest.set(outbox[1] == null ? null : new Sample(((Number) outbox[1]).doubleValue(), clock.instant()));
            waitingDeadLetters.set(letters);
        });
    }

    private double oldestAgeSeconds() {
        Sample sample = oldest.get();
        return sample == null ? 0
                : sample.ageSeconds() + Duration.between(sample.takenAt(), clock.instant()).toMillis() / 1000.0;
    }

    private record Sample(double ageSeconds, Instant takenAt) {
    }
}
