package dk.mentor.kubernetes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * Checks that the parts of a rendered kustomization fit together: every namespace that holds a
 * resource has a default-deny NetworkPolicy (no rules, both directions, all pods); every Service,
 * PodDisruptionBudget and HorizontalPodAutoscaler points at a Deployment that exists, and a
 * Service's target port is a port its pods declare; every Deployment has all three; every Ingress
 * backend is a port of a Service that exists.
 */
final class WiringChecks {

    private WiringChecks() {
    }

    static List<String> check(List<Document> rendered) {
        List<String> problems = new ArrayList<>();
        Map<String, Deployment> deployments = rendered.stream().filter(d -> d.kind().equals("Deployment"))
                .collect(Collectors.toMap(Document::name, d -> TypedModels.as(d, Deployment.class)));
        defaultDeny(rendered, problems);
        Set<String> serviced = new TreeSet<>();
        Set<String> budgeted = new TreeSet<>();
        Set<String> scaled = new TreeSet<>();
        for (Document document : rendered) {
            switch (document.kind()) {
                case "Service" -> serviced.addAll(service(document, TypedModels.as(document, Service.class), deployments, problems));
                case "PodDisruptionBudget" -> {
                    Map<String, String> selector = TypedModels.as(document, PodDisruptionBudget.class).getSpec().getSelector().getMatchLabels();
                    budgeted.addAll(selected(selector, deployments));
                }
                case "HorizontalPodAutoscaler" -> {
                    HorizontalPodAutoscaler hpa = TypedModels.as(document, HorizontalPodAutoscaler.class);
                    String target = hpa.getSpec().getScaleTargetRef().getName();
                    if (!deployments.containsKey(target) || !"Deployment".equals(hpa.getSpec().getScaleTargetRef().getKind())) {
                        problems.add(document.where() + ": scales " + target + ", which is no Deployment here");
                    }
                    if (hpa.getSpec().getMinReplicas() == null || hpa.getSpec().getMinReplicas() > hpa.getSpec().getMaxReplicas()) {
                        problems.add(document.where() + ": minReplicas missing or above maxReplicas");
                    }
                    scaled.add(target);
                }
                case "Ingress" -> ingress(document, rendered, problems);
                default -> { }
            }
        }
        for (String name : deployments.keySet()) {
            if (!serviced.contains(name) || !budgeted.contains(name) || !scaled.contains(name)) {
                problems.add("Deployment " + name + " lacks a Service, PodDisruptionBudget or HorizontalPodAutoscaler");
            }
        }
        return problems;
    }

    private static void defaultDeny(List<Document> rendered, List<String> problems) {
        Set<String> namespaces = rendered.stream().map(d -> d.kind().equals("Namespace") ? d.name() : d.namespace())
                .filter(namespace -> !namespace.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
        for (String namespace : namespaces) {
            boolean denied = rendered.stream()
                    .filter(d -> d.kind().equals("NetworkPolicy") && d.namespace().equals(namespace))
                    .map(d -> TypedModels.as(d, NetworkPolicy.class).getSpec())
                    .anyMatch(spec -> (spec.getPodSelector().getMatchLabels() == null || spec.getPodSelector().getMatchLabels().isEmpty())
                            && (spec.getPodSelector().getMatchExpressions() == null || spec.getPodSelector().getMatchExpressions().isEmpty())
                            && spec.getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
                            && spec.getIngress().isEmpty() && spec.getEgress().isEmpty());
            if (!denied) {
                problems.add("namespace " + namespace + " has no default-deny NetworkPolicy");
            }
        }
    }

    private static Set<String> service(Document document, Service service, Map<String, Deployment> deployments,
            List<String> problems) {
        Set<String> selected = selected(service.getSpec().getSelector(), deployments);
        if (selected.isEmpty()) {
            problems.add(document.where() + ": selects no pods of any Deployment");
        }
        for (String name : selected) {
            List<ContainerPort> ports = deployments.get(name).getSpec().getTemplate().getSpec().getContainers().stream()
                    .flatMap(container -> container.getPorts().stream()).toList();
            for (ServicePort port : service.getSpec().getPorts()) {
                boolean declared = ports.stream().anyMatch(p -> port.getTargetPort().getStrVal() != null
                        ? port.getTargetPort().getStrVal().equals(p.getName())
                        : port.getTargetPort().getIntVal().equals(p.getContainerPort()));
                if (!declared) {
                    problems.add(document.where() + ": target port " + port.getTargetPort() + " is no port of " + name);
                }
            }
        }
        return selected;
    }

    private static void ingress(Document document, List<Document> rendered, List<String> problems) {
        Map<String, Service> services = rendered.stream().filter(d -> d.kind().equals("Service"))
                .collect(Collectors.toMap(Document::name, d -> TypedModels.as(d, Service.class)));
        TypedModels.as(document, Ingress.class).getSpec().getRules().forEach(rule -> rule.getHttp().getPaths().forEach(path -> {
            IngressServiceBackend backend = path.getBackend().getService();
            Service service = services.get(backend.getName());
            boolean served = service != null && service.getSpec().getPorts().stream().anyMatch(port -> backend.getPort().getName() != null
                    ? backend.getPort().getName().equals(port.getName()) : backend.getPort().getNumber().equals(port.getPort()));
            if (!served) {
                problems.add(document.where() + ": " + rule.getHost() + path.getPath() + " goes to no port of a Service");
            }
        }));
    }

    private static Set<String> selected(Map<String, String> selector, Map<String, Deployment> deployments) {
        return deployments.entrySet().stream()
                .filter(entry -> selector != null && !selector.isEmpty() && entry.getValue().getSpec().getTemplate()
                        .getMetadata().getLabels().entrySet().containsAll(selector.entrySet()))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    }
}
