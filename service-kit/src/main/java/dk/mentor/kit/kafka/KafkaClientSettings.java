package dk.mentor.kit.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The connection part of the suite's Kafka configuration, for the clients the kit builds itself (the
 * outbox producer, the readiness check). The channels read every {@code kafka.*} setting; these
 * clients must read the same ones, or a broker that demands TLS or SASL would accept the services'
 * consumers and refuse their producer. Only the names a client knows are passed on, so settings meant
 * for the channels (a group id, a deserializer) never reach a client that would warn about them.
 */
public final class KafkaClientSettings {

    private KafkaClientSettings() {
    }

    /**
     * @param brokerConfig the {@code default-kafka-broker} map: every {@code kafka.*} property without its prefix
     * @param clientKnows  the config names of the client being built, e.g. {@code ProducerConfig.configNames()}
     */
    public static Map<String, Object> of(Map<String, Object> brokerConfig, Set<String> clientKnows) {
        Map<String, Object> settings = new HashMap<>();
        brokerConfig.forEach((name, value) -> {
            if (clientKnows.contains(name)) {
                settings.put(name, value);
            }
        });
        return settings;
    }
}
