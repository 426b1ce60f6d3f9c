package dk.mentor.system;

import dk.mentor.testing.infra.FreePorts;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

import static org.awaitility.Awaitility.await;

/**
 * One packaged service run as production runs it: {@code java -jar quarkus-run.jar} in the prod
 * profile, configured only through the environment. The port stays the same across restarts so
 * that clients (the tests) need not learn a new address, as behind a stable service name.
 */
final class ServiceProcess {

    static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final List<String> ISOLATED_PREFIXES = List.of("QUARKUS_", "MENTOR_", "KAFKA_", "MP_", "SMALLRYE_",
            "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path jar;
    private final Path log;
    private final Path workDir;
    /** Moves only when the first start finds it taken, before anyone has been told the address. */
    private volatile int port;
    private final Map<String, String> env;
    private Process process;
    private Duration lastStartup;

    ServiceProcess(String name, Path jar, Path logsDir, int port, Map<String, String> env) {
        this.name = name;
        this.jar = jar;
        this.log = logsDir.resolve(name + ".log");
        // An empty working directory: a stray .env or config/application.properties must not leak in.
        this.workDir = logsDir.resolve("work").resolve(name);
        this.port = port;
        this.env = Map.copyOf(env);
    }

    String name() {
        return name;
    }

    /** Everything the process wrote, across restarts. */
    Path log() {
        return log;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    synchronized long pid() {
        return process == null ? -1 : process.pid();
    }

    Duration lastStartup() {
        return lastStartup;
    }

    /** Launches the process and waits until its readiness check (database and Kafka) answers 200. */
    void start() {
        startAndAwait("/q/health/ready");
    }

    /** Launches the process and waits until it serves HTTP (liveness), whether or not its broker is reachable. */
    void startWithoutBroker() {
        startAndAwait("/q/health/live");
    }

    /**
     * A free port is only free when it was chosen: another process of the run (a client's outgoing
     * connection among them) may take it before the service binds it. On the first start, which no one
     * has been given the address of yet, the service then moves to another port once.
     */
    private void startAndAwait(String healthPath) {
        boolean firstStart = lastStartup == null;
        Instant launched = launch();
        try {
            awaitHealth(healthPath);
        } catch (IllegalStateException failed) {
            if (!firstStart || isRunning() || !Logs.tail(log, 30).contains("seems to be in use")) {
                throw failed;
            }
            port = FreePorts.next();
            launched = launch();
            awaitHealth(healthPath);
        }
        lastStartup = Duration.between(launched, Instant.now());
    }

    /** Waits until the readiness check answers 200, e.g. after its broker came back. */
    void awaitReady() {
        awaitHealth("/q/health/ready");
    }

    private synchronized Instant launch() {
        if (isRunning()) {
            throw new IllegalStateException(name + " is already running");
        }
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(mkdirs(workDir)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // Only what production sets: the developer's own QUARKUS_PROFILE, MENTOR_* or JVM options must not leak in.
        builder.environment().keySet().removeIf(key -> ISOLATED_PREFIXES.stream().anyMatch(key::startsWith));
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        try {
            Files.writeString(log, "%n===== %s starting %s on port %d =====%n".formatted(Instant.now(), name, port),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            Instant launched = Instant.now();
            process = builder.start();
            return launched;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot launch " + name, e);
        }
    }

    private void awaitHealth(String path) {
        try {
            await(name + " answering 200 on " + path).atMost(READY_TIMEOUT).pollInterval(Duration.ofMillis(200))
                    .failFast(name + " exited while starting", () -> !isRunning())
                    .until(() -> status(path) == 200);
        } catch (ConditionTimeoutException | TerminalFailureException e) {
            throw new IllegalStateException(e.getMessage() + " (last status " + status(path) + ")\n" + logTail(), e);
        }
    }

    /** HTTP status of a GET, or -1 when nothing answers. */
    private int status(String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(5)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * SIGTERM: Quarkus shuts down gracefully; forcibly after a grace period longer than the services'
     * shutdown timeout (20 s), as Kubernetes does, so a hang cannot stall the run.
     */
    synchronized void terminate() {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!waitFor(process, Duration.ofSeconds(30))) {
            process.destroyForcibly();
            waitFor(process, Duration.ofSeconds(10));
        }
        process = null;
    }

    /** SIGKILL: a crash, no shutdown hooks, nothing flushed or committed. */
    synchronized void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        waitFor(process, Duration.ofSeconds(10));
        process = null;
    }

    private String logTail() {
        return Logs.tail(log, 30);
    }

    private static boolean waitFor(Process p, Duration timeout) {
        try {
            return p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static File mkdirs(Path dir) {
        try {
            return Files.createDirectories(dir).toFile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
