package dk.mentor.testing.kafka;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;

/** Reads a whole topic from the beginning, as a fresh consumer would; for counting what arrived. */
public final class TopicReader {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private TopicReader() {
    }

    /**
     * Every record on the topic at the time of the call, in partition order (across partitions in
     * no particular order); none for a topic nobody has written to yet. Counting the records as end
     * minus start offset holds because the suite's producers are not transactional: no offset is
     * taken by a commit marker.
     */
    public static List<ConsumerRecord<String, String>> readAll(String bootstrapServers, String topic) {
        return readAll(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), topic);
    }

    /** As {@link #readAll(String, String)}, for a broker that needs more than its address (SASL, TLS). */
    public static List<ConsumerRecord<String, String>> readAll(Map<String, Object> clientConfig, String topic) {
        try (KafkaCompanion kafka = new KafkaCompanion((String) clientConfig.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG),
                TIMEOUT)) {
            kafka.setCommonClientConfig(clientConfig);
            if (!kafka.topics().list().contains(topic)) {
                return List.of();
            }
            List<TopicPartition> partitions = kafka.topics().describe(topic).get(topic).partitions().stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, Long> start = offsets(kafka, partitions, OffsetSpec.earliest());
            Map<TopicPartition, Long> end = offsets(kafka, partitions, OffsetSpec.latest());
            long count = partitions.stream().mapToLong(p -> end.get(p) - start.get(p)).sum();
            if (count == 0) {
                return List.of();
            }
            try (ConsumerTask<String, String> task = kafka.consumeStrings().fromOffsets(start, count)) {
                return List.copyOf(task.awaitCompletion(TIMEOUT).getRecords());
            }
        }
    }

    private static Map<TopicPartition, Long> offsets(KafkaCompanion kafka, List<TopicPartition> partitions, OffsetSpec spec) {
        return kafka.offsets().list(partitions.stream().collect(Collectors.toMap(Function.identity(), p -> spec)))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    /** The header's value as text, or null where the record has none (the companion's getHeader throws). */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static Map<String, String> headers(ConsumerRecord<?, ?> record) {
        return StreamSupport.stream(record.headers().spliterator(), false)
                .collect(Collectors.toMap(Header::key, h -> new String(h.value(), StandardCharsets.UTF_8), (a, b) -> b));
    }
}
