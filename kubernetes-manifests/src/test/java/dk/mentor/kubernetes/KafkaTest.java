package dk.mentor.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dk.mentor.contracts.events.Topics;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;

/** Strimzi's resources against the contracts' topics and the services' channels. */
class KafkaTest {

    private static final long DEAD_LETTER_RETENTION = TimeUnit.DAYS.toMillis(30);

    @Test
    void everyTopicOfTheContractsAndItsDeadLetterTwinIsDeclared() {
        Map<String, KafkaTopic> declared = Overlays.render(Repo.kubernetes().resolve("overlays/production")).stream()
                .filter(d -> d.kind().equals("KafkaTopic")).map(d -> TypedModels.as(d, KafkaTopic.class))
                .collect(Collectors.toMap(topic -> topic.getSpec().getTopicName(), topic -> topic));

        Set<String> expected = new TreeSet<>();
        contractTopics().forEach(topic -> expected.addAll(Set.of(topic, Topics.dlq(topic))));
        assertEquals(expected, new TreeSet<>(declared.keySet()));

        declared.forEach((name, topic) -> {
            boolean deadLetters = name.endsWith(".dlq");
            assertNotNull(topic.getSpec().getPartitions(), name);
            assertEquals(3, topic.getSpec().getReplicas(), name);
            // events are kept for replay; dead letters 30 days
            assertEquals(deadLetters ? DEAD_LETTER_RETENTION : -1L,
                    Long.parseLong(topic.getSpec().getConfig().get("retention.ms").toString()), name);
            assertEquals("mentor-kafka", topic.getMetadata().getLabels().get("strimzi.io/cluster"), name);
        });
    }

    @Test
    void theClusterIsKraftWithTlsScramAndNoTopicAutoCreation() {
        Kafka kafka = Overlays.render(Repo.kubernetes().resolve("overlays/production")).stream()
                .filter(d -> d.kind().equals("Kafka")).map(d -> TypedModels.as(d, Kafka.class)).findFirst().orElseThrow();

        assertEquals("enabled", kafka.getMetadata().getAnnotations().get("strimzi.io/kraft"));
        assertEquals(false, kafka.getSpec().getKafka().getConfig().get("auto.create.topics.enable"));
        assertTrue(kafka.getSpec().getKafka().getListeners().stream()
                .allMatch(listener -> listener.isTls() && listener.getAuth() != null && "scram-sha-512".equals(listener.getAuth().getType())));
    }

    /**
     * Each service's user may read exactly the topics its channels consume (its application.properties)
     * in its own group, write the dead-letter twins of those, and write nothing else but its own topics.
     */
    @Test
    void everyServiceMayReadWhatItConsumesAndWriteItsDeadLetters() {
        Map<String, KafkaUser> users = Overlays.render(Repo.kubernetes().resolve("overlays/production")).stream()
                .filter(d -> d.kind().equals("KafkaUser")).map(d -> TypedModels.as(d, KafkaUser.class))
                .collect(Collectors.toMap(user -> user.getMetadata().getName(), user -> user));

        assertEquals(Set.of("catalog-service", "matching-service", "followup-service", "refusion-service"), users.keySet());
        users.forEach((service, user) -> {
            Application application = Application.of(service);
            var acls = ((KafkaUserAuthorizationSimple) user.getSpec().getAuthorization()).getAcls();
            assertEquals(application.consumedTopics(), topics(acls, AclOperation.READ), service);
            Set<String> written = topics(acls, AclOperation.WRITE);
            application.consumedTopics().forEach(topic -> assertTrue(written.contains(Topics.dlq(topic)), service + " " + topic));
            written.forEach(topic -> assertTrue(contractTopics().contains(topic) || topic.endsWith(".dlq"), topic));
            assertTrue(acls.stream().anyMatch(rule -> rule.getResource() instanceof AclRuleGroupResource group
                    && group.getName().equals(service) && rule.getOperations().contains(AclOperation.READ)), service);
        });
    }

    private static Set<String> topics(java.util.List<AclRule> acls, AclOperation operation) {
        return acls.stream().filter(rule -> rule.getOperations().contains(operation))
                .filter(rule -> rule.getResource() instanceof AclRuleTopicResource)
                .map(rule -> ((AclRuleTopicResource) rule.getResource()).getName())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The topic constants of the contracts: the one list of the suite's topics. */
    private static Set<String> contractTopics() {
        Set<String> topics = new TreeSet<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    topics.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return topics;
    }
}
