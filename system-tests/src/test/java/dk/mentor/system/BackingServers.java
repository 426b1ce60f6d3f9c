package dk.mentor.system;

import dk.mentor.testing.infra.KafkaBroker;
import dk.mentor.testing.infra.Postgres;
import dk.mentor.testing.keycloak.KeycloakServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

/**
 * What the services run against: a real PostgreSQL, a real Kafka broker (its own process, so it can
 * be killed) and the real Keycloak with the mentor realm. They do not need each other, so they
 * start side by side; whatever did start is stopped again by {@link #stop()}, even after a failure.
 */
final class BackingServers {

    /** A thread per task: the common pool may run fewer at once than there are servers to start. */
    static final Executor SIDE_BY_SIDE = task -> {
        Thread thread = new Thread(task, "suite-start");
        thread.setDaemon(true);
        thread.start();
    };

    private volatile Postgres postgres;
    private volatile KafkaBroker kafka;
    private volatile KeycloakServer keycloak;

    /** Starts all three; throws (after all three attempts ended) if any failed, Keycloak included. */
    void start(Path dataDir) {
        // a data directory of its own, so an outage test can stop PostgreSQL and bring it back with every row
        CompletableFuture<Void> database = CompletableFuture.runAsync(
                () -> postgres = Postgres.start(emptyDir(dataDir.resolve("postgres"))), SIDE_BY_SIDE);
        CompletableFuture<Void> broker = CompletableFuture.runAsync(
                () -> kafka = new KafkaBroker(emptyDir(dataDir.resolve("kafka"))).start(), SIDE_BY_SIDE);
        CompletableFuture<Duration> identity = CompletableFuture.supplyAsync(() -> {
            Instant launched = Instant.now();
            keycloak = KeycloakServer.start(); // fails, never skips, when Keycloak cannot start
            return Duration.between(launched, Instant.now());
        }, SIDE_BY_SIDE);
        join(CompletableFuture.allOf(database, broker, identity));

        long pid = ProcessStats.keycloakPid();
        Figures.record("Keycloak start (to /health/ready, beside PG + Kafka)", identity.join().toMillis() + " ms");
        Figures.record("Keycloak CPU time to ready (user+sys)", ProcessStats.cpuMillis(pid) + " ms");
        Figures.record("Keycloak RSS at ready", ProcessStats.rssMiB(pid) + " MiB");
    }

    Postgres postgres() {
        return postgres;
    }

    KafkaBroker kafka() {
        return kafka;
    }

    KeycloakServer keycloak() {
        return keycloak;
    }

    void stop() {
        if (keycloak != null) {
            quietly(keycloak::stop);
        }
        if (kafka != null) {
            quietly(kafka::stop);
        }
        if (postgres != null) {
            quietly(postgres::close);
        }
    }

    static void quietly(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            System.out.println("while stopping the suite: " + e);
        }
    }

    /** An earlier run's data must not leak into this one (old records, old offsets, old rows). */
    private static Path emptyDir(Path dir) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> paths = Files.walk(dir)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + dir, e);
        }
    }

    private static void join(CompletableFuture<Void> all) {
        try {
            all.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
