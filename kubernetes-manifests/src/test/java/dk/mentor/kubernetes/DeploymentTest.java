package dk.mentor.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The Deployments of the base and of each rendered overlay, checked against the applications they run. */
class DeploymentTest {

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/production"})
    void everyDeploymentFitsItsApplication(String kustomization) {
        List<Document> rendered = Overlays.render(Repo.kubernetes().resolve(kustomization));

        assertEquals(List.of(), DeploymentChecks.check(rendered));
        assertEquals(5, rendered.stream().filter(d -> d.kind().equals("Deployment")).count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/production"})
    void everyNamespaceDeniesByDefaultAndEveryPartIsWired(String kustomization) {
        assertEquals(List.of(), WiringChecks.check(Overlays.render(Repo.kubernetes().resolve(kustomization))));
    }

    @Test
    void aProbeOnAPathTheServiceDoesNotServeFails() {
        assertProblem(container -> ((ObjectNode) container.path("readinessProbe").path("httpGet")).put("path", "/health/ready"),
                "readiness probe at /health/ready, but the application serves /q/health/ready");
    }

    @Test
    void aProbeOnAnotherPortFails() {
        assertProblem(container -> ((ObjectNode) container.path("livenessProbe").path("httpGet")).put("port", 9000),
                "liveness probe on port 9000 (9000), but the application listens on 8082");
    }

    @Test
    void aContainerPortOtherThanTheApplicationsFails() {
        assertProblem(container -> ((ObjectNode) container.path("ports").get(0)).put("containerPort", 8080),
                "declares no container port 8082, the quarkus.http.port of matching-service");
    }

    @Test
    void aMissingProbeOrLimitFails() {
        assertProblem(container -> ((ObjectNode) container).remove("startupProbe"), "no startup probe (HTTP GET /q/health/started)");
        assertProblem(container -> ((ObjectNode) container.path("resources")).remove("limits"), "no memory limit");
    }

    @Test
    void aMissingOrUnreadVariableAndALiteralSecretFail() {
        assertProblem(container -> removeVariable(container, "MENTOR_DB_PASSWORD"),
                "MENTOR_DB_PASSWORD is needed by the prod profile but not given");
        assertProblem(container -> ((ArrayNode) container.path("env")).addObject().put("name", "MENTOR_DB_PASWORD").put("value", "x"),
                "MENTOR_DB_PASWORD is given but matching-service never reads it");
        assertProblem(container -> ((ArrayNode) container.path("env")).addObject().put("name", "KAFKA_SASL_JAAS_CONFIG").put("value", "x"),
                "KAFKA_SASL_JAAS_CONFIG is written into the manifest; it belongs in a Secret");
    }

    @Test
    void aNamespaceWithoutDefaultDenyFails() {
        List<Document> rendered = Overlays.render(Repo.kubernetes().resolve("base")).stream()
                .filter(d -> !(d.kind().equals("NetworkPolicy") && d.name().equals("default-deny"))).toList();

        assertEquals(List.of("namespace mentor has no default-deny NetworkPolicy"), WiringChecks.check(rendered));
    }

    @Test
    void anIngressToAMissingServiceFails() {
        List<Document> rendered = Overlays.render(Repo.kubernetes().resolve("base"));
        Document api = rendered.stream().filter(d -> d.kind().equals("Ingress") && d.name().equals("mentor-api")).findFirst().orElseThrow();
        ((ObjectNode) api.tree().path("spec").path("rules").get(0).path("http").path("paths").get(0).path("backend").path("service"))
                .put("name", "catalog");

        assertEquals(List.of(api.where() + ": catalog.api.mentor.example.dk/api/ goes to no port of a Service"), WiringChecks.check(rendered));
    }

    private static void removeVariable(ObjectNode container, String name) {
        ArrayNode env = (ArrayNode) container.path("env");
        for (int i = env.size() - 1; i >= 0; i--) {
            if (env.get(i).path("name").asText().equals(name)) {
                env.remove(i);
            }
        }
    }

    /** Changes matching-service's container in the rendered base and expects that problem among the ones found. */
    private static void assertProblem(Consumer<ObjectNode> change, String expected) {
        List<Document> rendered = Overlays.render(Repo.kubernetes().resolve("base"));
        Document matching = rendered.stream()
                .filter(d -> d.kind().equals("Deployment") && d.name().equals("matching-service")).findFirst().orElseThrow();
        change.accept((ObjectNode) matching.tree().path("spec").path("template").path("spec").path("containers").get(0));

        List<String> problems = DeploymentChecks.check(rendered);

        assertTrue(problems.stream().anyMatch(problem -> problem.endsWith(expected)), problems.toString());
    }
}
