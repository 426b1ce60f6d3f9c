package dk.mentor.testing.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One Keycloak process in dev mode, with a home of its own: a temporary directory holding a copy of
 * kc.sh (which takes its home from its own location), links to the shared distribution's lib/,
 * conf/, themes/ and providers/, and its own data/ with the H2 database and the realm to import.
 * So every run imports the realm fresh, and runs never share a database with each other or with the
 * local suite.
 */
final class KeycloakProcess {

    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);
    private static final List<String> LINKED = List.of("lib", "conf", "themes", "providers");

    final Path home;
    final Path log;
    private final Process process;

    private KeycloakProcess(Path home, Process process) {
        this.home = home;
        this.log = home.resolve("keycloak.log");
        this.process = process;
    }

    static KeycloakProcess launch(Path dist, Path realmFile, List<String> options, Map<String, String> env) {
        try {
            Path home = prepareHome(dist, realmFile);
            List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start-dev"));
            command.addAll(options);
            ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                    .redirectErrorStream(true).redirectOutput(home.resolve("keycloak.log").toFile());
            isolate(builder.environment());
            builder.environment().putAll(env);
            Process process = builder.start();
            process.getOutputStream().close();
            return new KeycloakProcess(home, process);
        } catch (IOException e) {
            throw new UncheckedIOException("could not launch Keycloak from " + dist, e);
        }
    }

    private static Path prepareHome(Path dist, Path realmFile) throws IOException {
        Path home = Files.createTempDirectory("mentor-keycloak-");
        Files.createDirectories(home.resolve("bin"));
        Files.copy(dist.resolve("bin/kc.sh"), home.resolve("bin/kc.sh"), StandardCopyOption.COPY_ATTRIBUTES);
        for (String dir : LINKED) {
            Files.createSymbolicLink(home.resolve(dir), dist.resolve(dir).toAbsolutePath());
        }
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Files.copy(realmFile, imports.resolve(realmFile.getFileName()));
        return home;
    }

    /**
     * The developer's environment must not reconfigure the test server: KC_* options (a database,
     * say), JAVA_OPTS replacing kc.sh's heap settings, or DEBUG opening a debugger port.
     */
    private static void isolate(Map<String, String> env) {
        env.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("JAVA_OPTS")
                || name.startsWith("DEBUG") || name.equals("JAVA_ADD_OPENS") || name.equals("JAVA"));
        env.put("JAVA_HOME", System.getProperty("java.home")); // the JDK running the tests
    }

    /** Polls the health URL until it answers 200; fails at once when the process exits. */
    void awaitReady(URI health, Duration timeout, HttpClient http) throws TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).GET().build();
        while (!answers200(http, request)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue()
                        + " before it was ready\n" + FileTrees.tail(log, 40));
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("Keycloak was not ready within " + timeout.toSeconds() + " s ("
                        + health + ")\n" + FileTrees.tail(log, 40));
            }
            pause();
        }
    }

    private static boolean answers200(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYetListening) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Keycloak", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Keycloak", e);
        }
    }

    /**
     * SIGTERM to kc.sh and to its java child (kc.sh forwards it too), then SIGKILL to whatever of
     * that tree still lives after the grace period. The descendants are listed before kc.sh exits,
     * because an orphaned child is no longer a descendant.
     */
    void destroyTree() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
                handle.destroyForcibly();
            } catch (InterruptedException e) {
                handle.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    long pid() {
        return process.pid();
    }

    void deleteHome() {
        FileTrees.delete(home);
    }
}
