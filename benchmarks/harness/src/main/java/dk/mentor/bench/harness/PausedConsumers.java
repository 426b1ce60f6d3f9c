package dk.mentor.bench.harness;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The services other than a write's own, held still (SIGSTOP) while the write's request path is measured
 * and let go (SIGCONT) afterwards. The peer's POST leaves no work behind it; a catalogue POST leaves events
 * that matching, followup and refusion apply, which in a deployment run on their own cores but here take
 * about a third of the two cores the write has. Held for seconds, well inside the consumers' session
 * timeout with the broker; once let go they apply the backlog from the broker, as after any pause.
 * Everything of the write's own stays running: the service, its outbox relay, PostgreSQL and Kafka.
 */
final class PausedConsumers implements AutoCloseable {

    private final List<String> pids = new ArrayList<>();
    private final Thread resumeOnExit = new Thread(this::resume);

    private PausedConsumers() {
    }

    /** Stops every service of the suite but {@code service}'s (and the peer). */
    static PausedConsumers besides(String service, Path run) throws IOException {
        PausedConsumers paused = new PausedConsumers();
        Runtime.getRuntime().addShutdownHook(paused.resumeOnExit);
        for (String name : ProcessFigures.APPLICATIONS) {
            if (!name.equals("benchmark-peer") && !name.startsWith(service + "-")) {
                var pid = ProcessFigures.pid(run, name);
                if (pid.isPresent()) {
                    signal("STOP", pid.get());
                    paused.pids.add(pid.get());
                }
            }
        }
        return paused;
    }

    @Override
    public void close() {
        resume();
        Runtime.getRuntime().removeShutdownHook(resumeOnExit);
    }

    private void resume() {
        for (String pid : pids) {
            signal("CONT", pid);
        }
    }

    private static void signal(String signal, String pid) {
        try {
            int exit = new ProcessBuilder("kill", "-" + signal, pid).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kill -" + signal + " " + pid + " exited with " + exit);
            }
        } catch (IOException e) {
            throw new IllegalStateException("kill -" + signal + " " + pid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while signalling " + pid, e);
        }
    }
}
