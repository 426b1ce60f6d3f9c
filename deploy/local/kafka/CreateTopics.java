import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the suite's topics and their dead-letter twins on the local broker, skipping those that
 * exist, and sets every one's retention, also on topics made earlier. An event topic is kept
 * forever (retention.ms=-1): the design promises that a read model can be rebuilt by replaying its
 * topics from offset 0, which a topic that drops old events would break. A dead-letter topic keeps 30
 * days, since the consumer's dead_letter table holds the record an operator acts on.
 *
 * Partitions and replication are configuration: MENTOR_KAFKA_PARTITIONS and MENTOR_KAFKA_REPLICATION,
 * else the broker's defaults (num.partitions in server.properties, which the tests' broker shares).
 * With three or more replicas a write needs two of them (min.insync.replicas=2).
 * Run by start.sh with the broker's jars on the class path (Java source launcher):
 *
 * <pre>java -cp '.run/kafka-libs/*' CreateTopics.java 127.0.0.1:9092 topic-a topic-b ...</pre>
 *
 * One JVM for all topics: the kafka-topics tool would need one JVM (about 1.5 s) per topic.
 */
public class CreateTopics {

    private static final int DEAD_LETTER_DAYS = 30;

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: CreateTopics <bootstrap servers> <topic>...");
            System.exit(2);
        }
        List<String> wanted = List.of(args).subList(1, args.length).stream()
                .flatMap(topic -> List.of(topic, topic + ".dlq").stream())
                .collect(Collectors.toList());

        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = wanted.stream()
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, partitions(), replication()).configs(settings(topic)))
                    .collect(Collectors.toList());
            for (Map.Entry<String, KafkaFuture<Void>> result : admin.createTopics(missing).values().entrySet()) {
                await(result.getKey(), result.getValue());
            }
            Map<ConfigResource, Collection<AlterConfigOp>> retention = new HashMap<>();
            for (String topic : wanted) {
                retention.put(new ConfigResource(ConfigResource.Type.TOPIC, topic), List.of(new AlterConfigOp(
                        new ConfigEntry(TopicConfig.RETENTION_MS_CONFIG, settings(topic).get(TopicConfig.RETENTION_MS_CONFIG)),
                        AlterConfigOp.OpType.SET)));
            }
            admin.incrementalAlterConfigs(retention).all().get(30, TimeUnit.SECONDS);
            System.out.printf("topics: %d present, %d created, events kept forever, dead letters %d days%n",
                    wanted.size() - missing.size(), missing.size(), DEAD_LETTER_DAYS);
        }
    }

    private static Map<String, String> settings(String topic) {
        Map<String, String> settings = new HashMap<>();
        settings.put(TopicConfig.RETENTION_MS_CONFIG,
                topic.endsWith(".dlq") ? Long.toString(TimeUnit.DAYS.toMillis(DEAD_LETTER_DAYS)) : "-1");
        replication().filter(replicas -> replicas >= 3)
                .ifPresent(replicas -> settings.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "2"));
        return settings;
    }

    private static Optional<Integer> partitions() {
        return Optional.ofNullable(System.getenv("MENTOR_KAFKA_PARTITIONS")).filter(v -> !v.isBlank()).map(Integer::valueOf);
    }

    private static Optional<Short> replication() {
        return Optional.ofNullable(System.getenv("MENTOR_KAFKA_REPLICATION")).filter(v -> !v.isBlank()).map(Short::valueOf);
    }

    /** A topic created meanwhile by someone else (a second start.sh) is as good as ours. */
    private static void await(String topic, KafkaFuture<Void> creation) throws Exception {
        try {
            creation.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create topic " + topic, e.getCause());
            }
        }
    }
}
