package dk.mentor.testing.infra;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository's root directory, for the files tests share with the local suite (the Kafka
 * broker's settings, the Keycloak realm, the kept OpenAPI documents). Surefire passes it as
 * {@code suite.root.dir} (see the parent pom); elsewhere, as in an IDE, it is the first directory
 * upwards from the working directory that holds the Maven wrapper.
 */
public final class SuiteRoot {

    private SuiteRoot() {
    }

    public static Path dir() {
        String configured = System.getProperty("suite.root.dir", "");
        if (!configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        Path workingDir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = workingDir; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no system property suite.root.dir and no mvnw above " + workingDir);
    }

    /** A file of the repository, which must exist. */
    public static Path file(String relative) {
        Path file = dir().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " does not exist");
        }
        return file;
    }
}
