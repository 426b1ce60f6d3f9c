package dk.mentor.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;

/** Every YAML document under deploy/kubernetes, base and overlay patches alike, read into typed models. */
class ManifestModelTest {

    @Test
    void everyDocumentIsATypedResourceWithoutUnknownFields() {
        List<Document> documents = Yaml.manifests(Repo.kubernetes());
        List<String> problems = new ArrayList<>();
        for (Document document : documents) {
            problems.addAll(problems(document));
        }
        assertEquals(List.of(), problems);
        assertTrue(documents.size() > 50, "read " + documents.size() + " documents");
    }

    @Test
    void everyKustomizationUsesOnlyWhatTheRendererApplies() {
        for (String directory : List.of("base", "overlays/dev", "overlays/production")) {
            assertFalse(Kustomization.read(Repo.kubernetes().resolve(directory)).resources().isEmpty(), directory);
        }
    }

    @Test
    void aMisspeltFieldIsReportedWithItsPath() {
        Document deployment = first("base/services/catalog-service/deployment.yaml");
        ObjectNode container = (ObjectNode) deployment.tree().path("spec").path("template").path("spec").path("containers").get(0);
        container.set("readinesProbe", container.get("readinessProbe"));

        List<String> problems = problems(deployment);

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("spec.template.spec.containers[0]: unknown field(s) [readinesProbe]"), problems.get(0));
    }

    @Test
    void aMisplacedStrimziFieldIsReported() {
        Document topic = first("base/kafka/topics.yaml");
        ((ObjectNode) topic.tree().path("spec")).put("retentionMs", -1);

        assertEquals(1, problems(topic).size(), problems(topic).toString());
    }

    @Test
    void anOperatorFieldOutsideTheCrdListIsReported() {
        Document cluster = first("base/postgres/cluster.yaml");
        ((ObjectNode) cluster.tree().path("spec").path("storage")).put("sizee", "1Gi");
        ((ObjectNode) cluster.tree().path("spec").path("resources").path("limits")).put("memory", "1Gi");
        ((ObjectNode) cluster.tree().path("spec").path("resources")).put("limit", "1Gi");

        List<String> problems = problems(cluster);

        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("spec.storage.sizee"), problems.get(0));
        assertTrue(problems.get(1).contains("spec.resources: unknown field(s) [limit]"), problems.get(1));
    }

    @Test
    void aKindWithoutModelOrFieldListIsRefused() {
        Document deployment = first("base/services/catalog-service/deployment.yaml");
        ((ObjectNode) deployment.tree()).put("kind", "StatefulSet");

        assertThrows(IllegalArgumentException.class, () -> TypedModels.parse(deployment));
    }

    private static Document first(String file) {
        return Yaml.read(Repo.kubernetes().resolve(file)).get(0);
    }

    static List<String> problems(Document document) {
        HasMetadata model = TypedModels.parse(document);
        List<String> problems = new ArrayList<>();
        UnknownFields.of(model).forEach(problem -> problems.add(document.where() + ": " + problem));
        if (model instanceof GenericKubernetesResource) {
            OperatorFields.check(document).forEach(problem -> problems.add(document.where() + ": " + problem));
        }
        return problems;
    }
}
