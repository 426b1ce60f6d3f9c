package dk.mentor.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** Reads the YAML files under deploy/kubernetes, document by document. */
final class Yaml {

    static final ObjectMapper MAPPER = new YAMLMapper();
    static final String KUSTOMIZATION = "kustomization.yaml";

    private Yaml() {
    }

    static List<Document> read(Path file) {
        List<Document> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> iterator = MAPPER.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (iterator.hasNext()) {
                JsonNode tree = iterator.next();
                if (tree != null && !tree.isMissingNode() && !tree.isNull()) {
                    documents.add(new Document(file, documents.size(), tree));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return documents;
    }

    /** Every manifest file (kustomization files are read by {@link Kustomization}). */
    static List<Path> manifestFiles(Path under) {
        try (Stream<Path> files = Files.walk(under)) {
            return files.filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
                    .filter(file -> !file.getFileName().toString().equals(KUSTOMIZATION))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Document> manifests(Path under) {
        return manifestFiles(under).stream().flatMap(file -> read(file).stream()).toList();
    }
}
