package dk.mentor.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * A kustomization.yaml, limited to what the suite uses. Reading is strict: a field outside this
 * model fails, so the overlays cannot use a kustomize feature that {@link Overlays} does not apply.
 */
record Kustomization(String apiVersion, String kind, List<String> resources, List<Patch> patches,
        List<Image> images, GeneratorOptions generatorOptions, List<SecretGenerator> secretGenerator) {

    /** Absent lists read as empty ones. */
    Kustomization {
        resources = resources == null ? List.of() : resources;
        patches = patches == null ? List.of() : patches;
        images = images == null ? List.of() : images;
        secretGenerator = secretGenerator == null ? List.of() : secretGenerator;
    }

    record Patch(String path) {
    }

    record Image(String name, String newName, String newTag) {
    }

    record GeneratorOptions(Boolean disableNameSuffixHash) {
    }

    record SecretGenerator(String name, String namespace, String type, List<String> literals) {
    }

    private static final ObjectReader READER = Yaml.MAPPER.readerFor(Kustomization.class)
            .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    static Kustomization read(Path directory) {
        try {
            return READER.readValue(directory.resolve(Yaml.KUSTOMIZATION).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the kustomization of " + directory, e);
        }
    }
}
