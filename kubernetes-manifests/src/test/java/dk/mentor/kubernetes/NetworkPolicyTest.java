package dk.mentor.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * What the policies let an API service's pods do, all policies that select them taken together:
 * reach only PostgreSQL, Kafka, Keycloak and DNS, and be reached only by the dashboard, the
 * ingress controller and the monitoring namespace, on the HTTP port.
 */
class NetworkPolicyTest {

    private final List<Document> production = Overlays.render(Repo.kubernetes().resolve("overlays/production"));

    @Test
    void anApiServiceReachesOnlyPostgresKafkaKeycloakAndDns() {
        assertEquals(Set.of(
                "pods {cnpg.io/cluster=" + name("Cluster") + "} [5432]",
                "pods {strimzi.io/broker-role=true, strimzi.io/cluster=" + name("Kafka") + "} [9093]",
                "pods {app.kubernetes.io/instance=" + name("Keycloak") + "} [8080]",
                "namespace {kubernetes.io/metadata.name=kube-system} pods {k8s-app=kube-dns} [53, 53]"), peers("Egress"));
    }

    @Test
    void anApiServiceIsReachedOnlyByTheDashboardTheIngressAndMonitoringOnItsHttpPort() {
        assertEquals(Set.of(
                "pods {app.kubernetes.io/name=admin-dashboard} [http]",
                "namespace {kubernetes.io/metadata.name=ingress-nginx} [http]",
                "namespace {kubernetes.io/metadata.name=monitoring} [http]"), peers("Ingress"));
    }

    /** Every peer and its ports that the policies selecting an API service's pods allow in that direction. */
    private Set<String> peers(String direction) {
        Set<String> peers = new TreeSet<>();
        for (NetworkPolicy policy : policiesOf(apiPodLabels())) {
            if (!policy.getSpec().getPolicyTypes().contains(direction)) {
                continue;
            }
            List<Rule> rules = direction.equals("Egress")
                    ? policy.getSpec().getEgress().stream().map(rule -> new Rule(rule.getTo(), rule.getPorts())).toList()
                    : policy.getSpec().getIngress().stream().map(rule -> new Rule(rule.getFrom(), rule.getPorts())).toList();
            for (Rule rule : rules) {
                // a rule without peers would allow every address
                assertFalse(rule.peers().isEmpty(), policy.getMetadata().getName() + ": " + direction + " to or from anywhere");
                rule.peers().forEach(peer -> peers.add(describe(peer) + " " + ports(rule.ports())));
            }
        }
        return peers;
    }

    private record Rule(List<NetworkPolicyPeer> peers, List<NetworkPolicyPort> ports) {
    }

    private Map<String, String> apiPodLabels() {
        Document catalog = production.stream().filter(d -> d.kind().equals("Deployment") && d.name().equals("catalog-service"))
                .findFirst().orElseThrow();
        return TypedModels.as(catalog, Deployment.class).getSpec().getTemplate().getMetadata().getLabels();
    }

    private List<NetworkPolicy> policiesOf(Map<String, String> podLabels) {
        return production.stream().filter(d -> d.kind().equals("NetworkPolicy"))
                .map(d -> TypedModels.as(d, NetworkPolicy.class))
                .filter(policy -> selects(policy.getSpec().getPodSelector(), podLabels)).toList();
    }

    private static boolean selects(LabelSelector selector, Map<String, String> labels) {
        Map<String, String> wanted = selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
        return labels.entrySet().containsAll(wanted.entrySet());
    }

    /** The name of the one resource of that kind: the peers must select the pods of these very resources. */
    private String name(String kind) {
        return production.stream().filter(d -> d.kind().equals(kind)).map(Document::name).reduce((a, b) -> {
            throw new AssertionError("more than one " + kind);
        }).orElseThrow();
    }

    private static String describe(NetworkPolicyPeer peer) {
        String namespace = peer.getNamespaceSelector() == null ? "" : "namespace " + new TreeSet<>(
                peer.getNamespaceSelector().getMatchLabels().entrySet().stream().map(Object::toString).toList());
        String pods = peer.getPodSelector() == null ? "" : "pods " + new TreeSet<>(
                peer.getPodSelector().getMatchLabels().entrySet().stream().map(Object::toString).toList());
        return (namespace + " " + pods).trim().replace('[', '{').replace(']', '}');
    }

    private static String ports(List<NetworkPolicyPort> ports) {
        return ports.stream().map(port -> port.getPort().getIntVal() != null ? port.getPort().getIntVal().toString()
                : port.getPort().getStrVal()).toList().toString();
    }
}
