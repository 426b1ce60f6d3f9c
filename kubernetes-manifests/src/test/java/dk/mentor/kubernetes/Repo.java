package dk.mentor.kubernetes;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository is: the build passes its root; a run from the IDE starts in this module. */
final class Repo {

    private Repo() {
    }

    static Path root() {
        String configured = System.getProperty("suite.root.dir");
        Path root = configured != null ? Path.of(configured) : Path.of("..");
        if (!Files.isDirectory(root.resolve("deploy/kubernetes"))) {
            throw new IllegalStateException("no deploy/kubernetes under " + root.toAbsolutePath());
        }
        return root.toAbsolutePath().normalize();
    }

    static Path kubernetes() {
        return root().resolve("deploy/kubernetes");
    }
}
