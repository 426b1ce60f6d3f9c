package dk.mentor.kit.rounds;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Runs rounds of work on one thread of its own, whenever asked. Asks that arrive while a round runs
 * collapse into one more round, so a burst of commits costs a few rounds rather than one each; a round
 * that reports more work left is followed by another at once. The round handles its own failures.
 *
 * <p>A runner may also ask itself every so often, the safety net for work nobody asked for (what a dead
 * broker or a restart left behind). It does so at a phase of its own within the interval, not on the
 * second: Quarkus's scheduler checks its triggers at the start of every wall-clock second, so every
 * service's relay, sequencer and sealer on a host ran in the same few milliseconds, and requests that
 * came then queued behind all of them at once (docs/performance.md, "the periodic rounds off the whole second").
 */
public final class RoundRunner {

    private final BooleanSupplier round;
    private final ScheduledExecutorService executor;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private volatile boolean started;

    /** {@code round} returns whether work is left that should not wait for the next ask. */
    public RoundRunner(String threadName, BooleanSupplier round) {
        this.round = round;
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs a first round, and from now on one whenever asked. */
    public void start() {
        started = true;
        kick();
    }

    /** Runs a first round, then one whenever asked and one every {@code every}, at a random phase within it. */
    public void start(Duration every) {
        start();
        long period = every.toNanos();
        executor.scheduleAtFixedRate(this::kick, phase(period), period, TimeUnit.NANOSECONDS);
    }

    /** Where in each interval of {@code period} nanoseconds this runner's own asks fall. */
    static long phase(long period) {
        return ThreadLocalRandom.current().nextLong(period);
    }

    /** True once stopped: a long round checks it to end early, leaving the rest to the next start. */
    public boolean stopped() {
        return stopped.get();
    }

    /** Asks for a round; one asked before {@link #start()} runs then. */
    public void kick() {
        pending.set(true);
        if (started && !stopped.get() && running.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                running.set(false); // stopped between the check and here: a commit's kick during shutdown
            }
        }
    }

    /** Lets the round in progress finish, at most {@code wait}; none starts after this, nor any periodic ask. */
    public void stop(Duration wait) throws InterruptedException {
        stopped.set(true);
        executor.shutdown();
        executor.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void drain() {
        try {
            while (pending.getAndSet(false) && !stopped.get()) {
                if (round.getAsBoolean()) {
                    pending.set(true);
                }
            }
        } finally {
            running.set(false);
        }
        if (pending.get() && !stopped.get()) {
            kick(); // an ask that arrived while this drain was finishing
        }
    }
}
