package dk.mentor.kit.outbox;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Runs rounds of work on one thread of its own, whenever asked. Asks that arrive while a round runs
 * collapse into one more round, so a burst of commits costs a few rounds rather than one each; a round
 * that reports more work left is followed by another at once. The round handles its own failures.
 */
public final class RoundRunner {

    private final BooleanSupplier round;
    private final ExecutorService executor;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private volatile boolean started;

    /** {@code round} returns whether work is left that should not wait for the next ask. */
    public RoundRunner(String threadName, BooleanSupplier round) {
        this.round = round;
        this.executor = Executors.newSingleThreadExecutor(runnable -> {
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

    /** Lets the round in progress finish, at most {@code wait}; none starts after this. */
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
