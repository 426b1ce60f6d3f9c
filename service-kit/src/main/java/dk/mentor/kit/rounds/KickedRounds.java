package dk.mentor.kit.rounds;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Work that runs in rounds on a thread of its own: a first round at start, one whenever {@link #kick()}
 * is called by the work that gives it something to do, and one every {@link #intervalKey() interval},
 * the safety net for whatever a failure left behind, at a phase of this instance's own
 * ({@link RoundRunner}). A shutdown lets the round in progress finish.
 */
public abstract class KickedRounds {

    /** How long a shutdown waits for the round in progress; what it leaves undone the next start does. */
    private static final String SHUTDOWN_WAIT = "mentor.outbox.shutdown-wait";

    private RoundRunner rounds;
    private Duration shutdownWait;

    /** The thread's name, as thread dumps show it. */
    protected abstract String threadName();

    /** The configuration key of the interval between the rounds nobody asked for. */
    protected abstract String intervalKey();

    /** One round; returns whether work is left that should not wait for the next kick. Handles its own failures. */
    protected abstract boolean round();

    /** True once the service stops: a round that takes long ends early, and the next start does the rest. */
    protected final boolean stopping() {
        return rounds.stopped();
    }

    @PostConstruct
    void createRunner() {
        rounds = new RoundRunner(threadName(), this::round); // not in a field initializer, which the client proxy runs too
        shutdownWait = ConfigProvider.getConfig().getOptionalValue(SHUTDOWN_WAIT, Duration.class).orElse(Duration.ofSeconds(10));
    }

    void start(@Observes StartupEvent event) {
        rounds.start(ConfigProvider.getConfig().getValue(intervalKey(), Duration.class));
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        rounds.stop(shutdownWait);
    }

    /** Asks for a round; many asks while one runs collapse into one more. */
    public void kick() {
        rounds.kick();
    }
}
