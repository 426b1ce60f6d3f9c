package dk.mentor.kit.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads the widget topic through a channel, as the services read theirs, so a test sees that the
 * channels get the same Kafka settings (SASL, TLS) as the kit's own producer.
 */
@ApplicationScoped
public class WidgetEchoes {

    private final Set<String> keys = ConcurrentHashMap.newKeySet();

    @Incoming("widget-echoes")
    public void on(ConsumerRecords<String, String> records) {
        records.forEach(record -> keys.add(record.key()));
    }

    public boolean seen(String key) {
        return keys.contains(key);
    }
}
