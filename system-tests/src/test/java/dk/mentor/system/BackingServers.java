package dk.mentor.system;

import dk.mentor.testing.infra.FreePorts;
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
 * Keycloak takes longest by far (a minute or more on a new distribution), and the services need it
 * only for their first token, so its port is chosen up front and the services start while it does.
 */
final class BackingServers {

    /** A thread per task: the common pool may run fewer at once than there are servers to start. */
    static final Executor SIDE_BY_SIDE = task -> {
        Thread thread = new Thread(task, "suite-start");
        thread.setDaemon(true);
        thread.start();
    };

    private final int keycloakPort = FreePorts.next();
    private volatile Postgres postgres;
    private volatile KafkaBroker kafka;
    private volatile KeycloakServer keycloak;
    private CompletableFuture<Duration> keycloakStart;

    /**
     * Launches all three and returns when PostgreSQL and Kafka are ready; {@link #awaitKeycloak()}
     * waits for Keycloak. Throws (after both attempts ended) if either failed.
     */
    void start(Path dataDir) {
        keycloakStart = CompletableFuture.supplyAsync(() -> {
            Instant launched = Instant.now();
            keycloak = KeycloakServer.start(keycloakPort); // fails, never skips, when Keycloak cannot start
            return Duration.between(launched, Instant.now());
        }, SIDE_BY_SIDE);
        // a data directory of its own, so an outage test can stop PostgreSQL and bring it back with every row
        CompletableFuture<Void> database = CompletableFuture.runAsync(
                () -> postgres = Postgres.start(emptyDir(dataDir.resolve("postgres"))), SIDE_BY_SIDE);
        CompletableFuture<Void> broker = CompletableFuture.runAsync(
                () -> kafka = new KafkaBroker(emptyDir(dataDir.resolve("kafka"))).start(), SIDE_BY_SIDE);
        join(CompletableFuture.allOf(database, broker));
    }

    /** The realm's URL for the services' configuration, known before Keycloak is ready. */
    String realmUrl() {
        return KeycloakServer.realmUrlAt(keycloakPort);
    }

    /** Waits until Keycloak is ready (or failed) and records its start. */
    void awaitKeycloak() {
        Duration took = join(keycloakStart);
        long pid = ProcessStats.keycloakPid();
        Figures.record("Keycloak start (to /health/ready, beside the others)", took.toMillis() + " ms");
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
        if (keycloakStart != null) {
            keycloakStart.handle((took, failure) -> null).join(); // a Keycloak still starting is stopped too, not orphaned
        }
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

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
