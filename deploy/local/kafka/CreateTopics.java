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
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the suite's topics and their dead-letter twins on the local broker, skipping those that
 * exist, with the broker's partition count (num.partitions in server.properties, which the tests'
 * broker shares). Run by start.sh with the broker's jars on the class path (Java source launcher):
 *
 * <pre>java -cp '.run/kafka-libs/*' CreateTopics.java 127.0.0.1:9092 topic-a topic-b ...</pre>
 *
 * One JVM for all topics: the kafka-topics tool would need one JVM (about 1.5 s) per topic.
 */
public class CreateTopics {

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
                    .map(topic -> new NewTopic(topic, Optional.empty(), Optional.empty()))
                    .collect(Collectors.toList());
            for (Map.Entry<String, KafkaFuture<Void>> result : admin.createTopics(missing).values().entrySet()) {
                await(result.getKey(), result.getValue());
            }
            System.out.printf("topics: %d present, %d created%n", wanted.size() - missing.size(), missing.size());
        }
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
