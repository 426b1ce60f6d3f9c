package dk.mentor.testing.keycloak;

import dk.mentor.testing.infra.SuiteRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The Keycloak distribution the tests run: {@code <suite.dist.dir>/keycloak-<version>}, the same copy
 * the local suite (deploy/local/start.sh) uses. Where it is missing, it is unpacked once from Maven
 * Central with the repo's Maven wrapper, never copied per test run. The versions of Keycloak and of
 * the plugin that unpacks it are the parent pom's properties, which Surefire passes on.
 */
final class KeycloakDistribution {

    private static final long UNPACK_TIMEOUT_MINUTES = 10;
    private static final Logger LOG = Logger.getLogger(KeycloakDistribution.class);

    private KeycloakDistribution() {
    }

    /** The directory holding bin/kc.sh; unpacked first if needed. */
    static Path locate() {
        Path distDir = distDir();
        Path home = distDir.resolve("keycloak-" + pomProperty("keycloak.version"));
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            unpack(distDir, home);
        }
        return home;
    }

    /** Surefire passes suite.dist.dir (the parent pom sets it to the repo's .run/dist). */
    private static Path distDir() {
        String configured = System.getProperty("suite.dist.dir", "");
        return configured.isBlank() ? SuiteRoot.dir().resolve(".run/dist") : Path.of(configured).toAbsolutePath();
    }

    private static String pomProperty(String name) {
        String value = System.getProperty(name, "");
        if (value.isBlank()) {
            throw new IllegalStateException("no system property " + name + "; Surefire passes it from the parent pom,"
                    + " elsewhere (an IDE) set -D" + name + " to the pom's value");
        }
        return value;
    }

    /**
     * Unpacks into a temporary directory beside the target and renames it when complete, so a
     * concurrent test run or start.sh never sees half a distribution.
     */
    private static void unpack(Path distDir, Path home) {
        long started = System.nanoTime();
        LOG.infof("Unpacking %s from Maven Central (once per clone)", home);
        try {
            Files.createDirectories(distDir);
            Path tmp = Files.createTempDirectory(distDir, ".keycloak-");
            try {
                runMaven(tmp);
                Files.move(tmp.resolve(home.getFileName()), home, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException someoneElseWasFirst) {
                LOG.debug("Keycloak was unpacked concurrently; using that copy");
            } finally {
                FileTrees.delete(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("unpacking Keycloak into " + home + " failed", e);
        }
        LOG.infof("Keycloak unpacked in %.1f s", (System.nanoTime() - started) / 1e9);
    }

    /**
     * Runs in the temporary directory: without a project the plugin writes its "already unpacked"
     * markers to ./${project.basedir}/target, and there they vanish with the directory.
     */
    private static void runMaven(Path tmp) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(SuiteRoot.dir().resolve("mvnw").toString());
        String unpack = "org.apache.maven.plugins:maven-dependency-plugin:"
                + pomProperty("dependency-plugin.version") + ":unpack";
        String artifact = "org.keycloak:keycloak-quarkus-dist:" + pomProperty("keycloak.version") + ":tar.gz";
        command.addAll(List.of("-B", "-q", unpack, "-Dartifact=" + artifact,
                "-DoutputDirectory=" + tmp, "-Dmdep.overWriteReleases=true"));
        Path log = tmp.resolve("maven.log");
        Process maven = new ProcessBuilder(command).directory(tmp.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!maven.waitFor(UNPACK_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                maven.destroyForcibly();
                throw new IllegalStateException("unpacking Keycloak took over " + UNPACK_TIMEOUT_MINUTES
                        + " minutes: " + String.join(" ", command) + "\n" + FileTrees.tail(log, 30));
            }
        } catch (InterruptedException e) {
            maven.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while unpacking Keycloak", e);
        }
        if (maven.exitValue() != 0) {
            throw new IllegalStateException("unpacking Keycloak failed (exit " + maven.exitValue() + "): "
                    + String.join(" ", command) + "\n" + FileTrees.tail(log, 30));
        }
    }
}
