package dk.mentor.testing.kafka;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** Publishes a record with the given headers and waits for the broker's ack, as another service would. */
public final class TopicWriter {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private TopicWriter() {
    }

    public static void send(String bootstrapServers, String topic, String key, String value, Map<String, String> headers) {
        RecordHeaders recordHeaders = new RecordHeaders();
        headers.forEach((name, v) -> recordHeaders.add(name, v.getBytes(StandardCharsets.UTF_8)));
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers, TIMEOUT)) {
            kafka.produceStrings()
                    .fromRecords(new ProducerRecord<>(topic, null, key, value, recordHeaders))
                    .awaitCompletion(TIMEOUT);
        }
    }
}
