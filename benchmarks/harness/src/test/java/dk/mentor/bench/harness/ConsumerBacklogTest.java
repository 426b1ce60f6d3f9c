package dk.mentor.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.mentor.testing.infra.KafkaBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backlog as a real broker counts it: a group's uncommitted events while it has members, nothing once it has none. */
class ConsumerBacklogTest {

    private static final String TOPIC = "bench.backlog.v1";
    private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);

    @TempDir
    static Path data;

    private static KafkaBroker broker;

    @BeforeAll
    static void start() throws Exception {
        broker = new KafkaBroker(data).start();
        try (Admin admin = Admin.create(broker.clientConfig())) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
        }
    }

    @AfterAll
    static void stop() {
        broker.stop();
    }

    @Test
    void shouldCountWhatAGroupWithMembersHasNotCommittedAndLeaveOutAGroupWithout() throws Exception {
        produce(5);
        try (ConsumerBacklog backlog = new ConsumerBacklog(broker.bootstrapServers())) {
            try (KafkaConsumer<String, String> consumer = consumer("applier")) {
                consumer.subscribe(Set.of(TOPIC));
                int read = 0;
                while (read < 5) {
                    read += consumer.poll(Duration.ofMillis(200)).count();
                }
                consumer.commitSync(Map.of(PARTITION, new OffsetAndMetadata(3)));
                assertEquals(2, backlog.behind(), "two read, not yet committed");

                consumer.commitSync(Map.of(PARTITION, new OffsetAndMetadata(5)));
                assertEquals(0, backlog.await(Duration.ofSeconds(30)));
            }
            produce(4);
            assertEquals(0, backlog.behind(), "a group without members is not waited for");
        }
    }

    private static void produce(int count) throws Exception {
        Map<String, Object> config = new HashMap<>(broker.clientConfig());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            for (int i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>(TOPIC, "event " + i)).get();
            }
        }
    }

    private static KafkaConsumer<String, String> consumer(String group) {
        Map<String, Object> config = new HashMap<>(broker.clientConfig());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return new KafkaConsumer<>(config);
    }
}
