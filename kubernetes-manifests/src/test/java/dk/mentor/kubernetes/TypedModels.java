package dk.mentor.kubernetes;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

/**
 * The typed model of each apiVersion and kind the manifests may use. A kind outside this list and
 * outside the operator field lists ({@link OperatorFields}) is an error: a new kind needs a model.
 */
final class TypedModels {

    /**
     * Plain Jackson: the models carry their own Jackson annotations, and none of the kinds here holds
     * a polymorphic KubernetesResource, for which fabric8's KubernetesSerialization (slow to start,
     * since it indexes every model) would be needed.
     */
    static final ObjectMapper SERIALIZATION = new ObjectMapper();

    private static final Map<String, Class<? extends HasMetadata>> MODELS = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("kafka.strimzi.io/v1beta2/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaUser", KafkaUser.class));

    private TypedModels() {
    }

    static String type(Document document) {
        return document.apiVersion() + "/" + document.kind();
    }

    /** The document as its typed model, or as a generic resource when an operator field list covers it. */
    static HasMetadata parse(Document document) {
        Class<? extends HasMetadata> model = MODELS.get(type(document));
        if (model != null) {
            return SERIALIZATION.convertValue(document.tree(), model);
        }
        if (OperatorFields.covers(type(document))) {
            return SERIALIZATION.convertValue(document.tree(), GenericKubernetesResource.class);
        }
        throw new IllegalArgumentException(document.where() + ": no typed model and no field list for " + type(document));
    }

    static <T extends HasMetadata> T as(Document document, Class<T> model) {
        return model.cast(parse(document));
    }
}
