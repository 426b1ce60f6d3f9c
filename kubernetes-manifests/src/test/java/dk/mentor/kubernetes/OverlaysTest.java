package dk.mentor.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/** The overlays: what they change, which images they name, and the Secrets each one needs. */
class OverlaysTest {

    /** Secrets the operators make: Strimzi's cluster CA and one per KafkaUser; the ingress certificates. */
    private static final Set<String> MADE_BY_OPERATORS = Set.of("mentor-kafka-cluster-ca-cert", "mentor-dashboard-tls",
            "mentor-api-tls");

    @Test
    void theBaseDefinesNoSecret() {
        assertEquals(List.of(), Overlays.render(Repo.kubernetes().resolve("base")).stream()
                .filter(d -> d.kind().equals("Secret")).map(Document::where).toList());
    }

    @Test
    void theDevOverlayGeneratesEverySecretTheSuiteReads() {
        List<Document> dev = Overlays.render(Repo.kubernetes().resolve("overlays/dev"));
        Set<String> generated = dev.stream().filter(d -> d.kind().equals("Secret")).map(Document::name)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> kafkaUsers = dev.stream().filter(d -> d.kind().equals("KafkaUser")).map(Document::name)
                .collect(Collectors.toSet());

        Set<String> missing = new TreeSet<>(secretsReferenced(dev));
        missing.removeAll(generated);
        missing.removeAll(kafkaUsers);
        missing.removeAll(MADE_BY_OPERATORS);

        assertEquals(Set.of(), missing);
        assertTrue(generated.containsAll(Set.of("mentor-idempotency", "mentor-cpr-keys", "mentor-db-followup")), generated.toString());
    }

    @Test
    void theProductionOverlaysSecretsAreTheOnesTheReadmeLists() throws IOException {
        String readme = Files.readString(Repo.kubernetes().resolve("README.md"));
        List<Document> production = Overlays.render(Repo.kubernetes().resolve("overlays/production"));
        Set<String> kafkaUsers = production.stream().filter(d -> d.kind().equals("KafkaUser")).map(Document::name)
                .collect(Collectors.toSet());

        Set<String> undocumented = secretsReferenced(production).stream()
                .filter(name -> !kafkaUsers.contains(name) && !readme.contains("`" + name + "`"))
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(Set.of(), undocumented);
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/production"})
    void anOverlayRetagsEveryApplicationImage(String overlay) {
        Kustomization kustomization = Kustomization.read(Repo.kubernetes().resolve(overlay));
        Set<String> baseImages = images(Overlays.render(Repo.kubernetes().resolve("base"))).stream()
                .map(Overlays::imageName).collect(Collectors.toSet());
        Set<String> retagged = kustomization.images().stream().map(Kustomization.Image::name).collect(Collectors.toSet());

        assertEquals(baseImages, retagged);
        for (String image : images(Overlays.render(Repo.kubernetes().resolve(overlay)))) {
            assertTrue(kustomization.images().stream().anyMatch(i -> image.equals(i.newName() + ":" + i.newTag())), image);
        }
    }

    @Test
    void theOverlaysSizeTheSuite() {
        Map<String, JsonNode> dev = byKey(Overlays.render(Repo.kubernetes().resolve("overlays/dev")));
        Map<String, JsonNode> production = byKey(Overlays.render(Repo.kubernetes().resolve("overlays/production")));

        assertEquals(1, dev.get("Deployment/mentor/refusion-service").path("spec").path("replicas").asInt());
        assertEquals(3, production.get("Deployment/mentor/refusion-service").path("spec").path("replicas").asInt());
        assertEquals(10, production.get("HorizontalPodAutoscaler/mentor/catalog-service").path("spec").path("maxReplicas").asInt());
        assertEquals(1, dev.get("Cluster/mentor/mentor-db").path("spec").path("instances").asInt());
        assertEquals("768Mi", production.get("Deployment/mentor/followup-service").path("spec").path("template").path("spec")
                .path("containers").get(0).path("resources").path("limits").path("memory").asText());
    }

    @Test
    void aPatchOfAResourceTheBaseLacksIsRefused(@TempDir Path overlay) throws IOException {
        Files.writeString(overlay.resolve("kustomization.yaml"), "resources:\n  - " + Repo.kubernetes().resolve("base")
                + "\npatches:\n  - path: patch.yaml\n");
        Files.writeString(overlay.resolve("patch.yaml"),
                "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: catalog\n  namespace: mentor\nspec:\n  replicas: 1\n");

        assertThrows(IllegalStateException.class, () -> Overlays.render(overlay));
    }

    private static Map<String, JsonNode> byKey(List<Document> documents) {
        Map<String, JsonNode> keyed = new TreeMap<>();
        documents.forEach(document -> keyed.put(document.key(), document.tree()));
        return keyed;
    }

    private static List<String> images(List<Document> documents) {
        List<String> images = new ArrayList<>();
        documents.stream().filter(d -> d.kind().equals("Deployment")).forEach(d -> d.tree().path("spec").path("template")
                .path("spec").path("containers").forEach(container -> images.add(container.path("image").asText())));
        return images;
    }

    /**
     * Every Secret name a rendered resource refers to: secretKeyRef and secret volumes, the
     * operators' secret references (passwordSecret, usernameSecret, s3Credentials, the realm's
     * placeholders) and the ingress's TLS certificate.
     */
    static Set<String> secretsReferenced(List<Document> documents) {
        Set<String> names = new TreeSet<>();
        documents.forEach(document -> collect(document.tree(), null, names));
        return names;
    }

    private static void collect(JsonNode node, String field, Set<String> names) {
        if (node.isObject()) {
            if (field != null && (field.equals("secretKeyRef") || field.endsWith("Secret") || field.equals("secret")
                    || field.equals("accessKeyId") || field.equals("secretAccessKey")) && node.path("name").isTextual()) {
                names.add(node.path("name").asText());
            }
            if (node.path("secretName").isTextual()) {
                names.add(node.path("secretName").asText());
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> child = fields.next();
                collect(child.getValue(), child.getKey(), names);
            }
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, field, names));
        }
    }
}
