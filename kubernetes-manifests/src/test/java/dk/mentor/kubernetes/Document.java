package dk.mentor.kubernetes;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

/** One YAML document of a manifest file, as read, with where it came from for the error messages. */
record Document(Path file, int index, JsonNode tree) {

    String kind() {
        return tree.path("kind").asText();
    }

    String apiVersion() {
        return tree.path("apiVersion").asText();
    }

    String name() {
        return tree.path("metadata").path("name").asText();
    }

    String namespace() {
        return tree.path("metadata").path("namespace").asText();
    }

    /** Identity as kustomize matches it: kind, namespace and name (the API group is not needed here). */
    String key() {
        return kind() + "/" + namespace() + "/" + name();
    }

    String where() {
        return Repo.kubernetes().relativize(file) + "#" + index + " " + kind() + "/" + name();
    }
}
