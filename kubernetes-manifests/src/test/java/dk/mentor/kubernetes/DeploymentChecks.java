package dk.mentor.kubernetes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * Checks each Deployment of a rendered kustomization against the application it runs (a module of
 * the same name): probes on the paths SmallRye Health serves and on the port the application
 * listens on, requests and limits, a locked-down security context, every variable the prod
 * profile needs and no variable it does not read, and no secret written into the manifest.
 */
final class DeploymentChecks {

    /** What the management interface would serve on its own port; this build serves it on the HTTP port. */
    static final Map<String, String> HEALTH_PATHS = Map.of(
            "startup", "/q/health/started", "readiness", "/q/health/ready", "liveness", "/q/health/live");
    static final String METRICS_PATH = "/q/metrics";
    private static final Pattern SECRET_LIKE = Pattern.compile(".*(PASSWORD|SECRET|KEY|JAAS).*");

    private final List<String> problems = new ArrayList<>();
    private final Map<String, ConfigMap> configMaps;

    private DeploymentChecks(Map<String, ConfigMap> configMaps) {
        this.configMaps = configMaps;
    }

    static List<String> check(List<Document> rendered) {
        Map<String, ConfigMap> configMaps = new java.util.HashMap<>();
        rendered.stream().filter(d -> d.kind().equals("ConfigMap"))
                .forEach(d -> configMaps.put(d.name(), TypedModels.as(d, ConfigMap.class)));
        DeploymentChecks checks = new DeploymentChecks(configMaps);
        rendered.stream().filter(d -> d.kind().equals("Deployment"))
                .forEach(d -> checks.deployment(d.where(), TypedModels.as(d, Deployment.class)));
        return checks.problems;
    }

    private void deployment(String where, Deployment deployment) {
        Application application = Application.of(deployment.getMetadata().getName());
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        if (!Boolean.TRUE.equals(pod.getSecurityContext() == null ? null : pod.getSecurityContext().getRunAsNonRoot())) {
            problems.add(where + ": the pod must run as non-root");
        }
        Map<String, String> annotations = deployment.getSpec().getTemplate().getMetadata().getAnnotations();
        if (annotations != null && annotations.containsKey("prometheus.io/path")) {
            expect(where + ": metrics", application.metrics() && METRICS_PATH.equals(annotations.get("prometheus.io/path"))
                    && String.valueOf(application.httpPort()).equals(annotations.get("prometheus.io/port")),
                    "scraped at " + annotations.get("prometheus.io/path") + " on " + annotations.get("prometheus.io/port")
                            + ", but the application serves " + (application.metrics() ? METRICS_PATH : "no metrics")
                            + " on " + application.httpPort());
        }
        for (Container container : pod.getContainers()) {
            String at = where + " container " + container.getName();
            ports(at, container, application);
            probe(at, "startup", container.getStartupProbe(), container, application);
            probe(at, "readiness", container.getReadinessProbe(), container, application);
            probe(at, "liveness", container.getLivenessProbe(), container, application);
            resources(at, container.getResources());
            security(at, container.getSecurityContext());
            environment(at, container, application);
        }
    }

    private void ports(String at, Container container, Application application) {
        boolean listens = container.getPorts() != null && container.getPorts().stream()
                .anyMatch(port -> Objects.equals(port.getContainerPort(), application.httpPort()));
        expect(at, listens, "declares no container port " + application.httpPort()
                + ", the quarkus.http.port of " + application.name());
    }

    private void probe(String at, String kind, Probe probe, Container container, Application application) {
        if (probe == null || probe.getHttpGet() == null) {
            problems.add(at + ": no " + kind + " probe (HTTP GET " + HEALTH_PATHS.get(kind) + ")");
            return;
        }
        expect(at, application.health(), application.name() + " has no SmallRye Health, so " + kind + " cannot be probed");
        String path = probe.getHttpGet().getPath();
        expect(at, HEALTH_PATHS.get(kind).equals(path), kind + " probe at " + path + ", but the application serves "
                + HEALTH_PATHS.get(kind));
        Integer port = resolve(probe.getHttpGet().getPort(), container);
        expect(at, Objects.equals(port, application.httpPort()), kind + " probe on port " + text(probe.getHttpGet().getPort())
                + " (" + port + "), but the application listens on " + application.httpPort());
    }

    private static String text(IntOrString port) {
        return port == null ? "none" : port.getIntVal() != null ? port.getIntVal().toString() : port.getStrVal();
    }

    /** A probe's port, by number or by the name of a container port. */
    private static Integer resolve(IntOrString port, Container container) {
        if (port == null) {
            return null;
        }
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return container.getPorts() == null ? null : container.getPorts().stream()
                .filter(p -> port.getStrVal().equals(p.getName())).map(ContainerPort::getContainerPort)
                .findFirst().orElse(null);
    }

    private void resources(String at, ResourceRequirements resources) {
        for (String resource : List.of("cpu", "memory")) {
            expect(at, resources != null && resources.getRequests() != null && resources.getRequests().containsKey(resource),
                    "no " + resource + " request");
            expect(at, resources != null && resources.getLimits() != null && resources.getLimits().containsKey(resource),
                    "no " + resource + " limit");
        }
    }

    private void security(String at, SecurityContext context) {
        expect(at, context != null && Boolean.TRUE.equals(context.getReadOnlyRootFilesystem()), "root file system not read-only");
        expect(at, context != null && Boolean.FALSE.equals(context.getAllowPrivilegeEscalation()), "privilege escalation allowed");
        expect(at, context != null && context.getCapabilities() != null && context.getCapabilities().getDrop() != null
                && context.getCapabilities().getDrop().contains("ALL"), "capabilities not dropped (drop ALL)");
    }

    private void environment(String at, Container container, Application application) {
        Set<String> given = new HashSet<>();
        for (EnvVar variable : container.getEnv() == null ? List.<EnvVar>of() : container.getEnv()) {
            given.add(variable.getName());
            expect(at, variable.getValue() == null || !SECRET_LIKE.matcher(variable.getName()).matches(),
                    variable.getName() + " is written into the manifest; it belongs in a Secret");
        }
        for (EnvFromSource source : container.getEnvFrom() == null ? List.<EnvFromSource>of() : container.getEnvFrom()) {
            if (source.getConfigMapRef() != null) {
                ConfigMap map = configMaps.get(source.getConfigMapRef().getName());
                expect(at, map != null, "reads ConfigMap " + source.getConfigMapRef().getName() + ", which is not defined");
                if (map != null && map.getData() != null) {
                    given.addAll(map.getData().keySet());
                    map.getData().keySet().forEach(key -> expect(at, !SECRET_LIKE.matcher(key).matches(),
                            key + " is in ConfigMap " + map.getMetadata().getName() + "; it belongs in a Secret"));
                }
            }
        }
        for (String required : application.requiredVariables()) {
            expect(at, given.contains(required), required + " is needed by the prod profile but not given");
        }
        for (String variable : given) {
            expect(at, application.reads(variable), variable + " is given but " + application.name() + " never reads it");
        }
    }

    private void expect(String at, boolean condition, String problem) {
        if (!condition) {
            problems.add(at + ": " + problem);
        }
    }
}
