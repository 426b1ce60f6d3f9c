package dk.mentor.kit.outbox;

import dk.mentor.kit.kafka.KafkaClientSettings;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The relay's Kafka producer: idempotent with acks=all, so a retried send never duplicates a
 * record in the log. A short blocking timeout lets the relay give up on a dead broker quickly and
 * try again on its next round; the rows simply stay unsent. The delivery timeout is longer, since a
 * slow acknowledgement taken for a failure would send a record that did arrive a second time.
 */
@ApplicationScoped
public class OutboxProducer {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    private Producer<String, String> producer;

    synchronized Producer<String, String> get() {
        if (producer == null) {
            producer = new KafkaProducer<>(config());
        }
        return producer;
    }

    /** After a failed round the producer may hold a fenced or broken state; start clean next time. */
    synchronized void reset() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
            producer = null;
        }
    }

    @PreDestroy
    void close() {
        reset();
    }

    private Map<String, Object> config() {
        Map<String, Object> config = KafkaClientSettings.of(kafkaConfig, ProducerConfig.configNames());
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return config;
    }
}
