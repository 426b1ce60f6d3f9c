package dk.mentor.kit.kafka;

import dk.mentor.testing.infra.TestInfra;
import dk.mentor.testing.infra.TestInfraResource;
import java.util.Map;

/**
 * The kit's test application against a broker that demands SASL/PLAIN credentials. The settings are
 * given the way an operator gives them (plain {@code kafka.*} properties, i.e. KAFKA_* environment
 * variables), so the test proves that this is all a production broker needs.
 */
public class SaslInfraResource extends TestInfraResource {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = super.start();
        TestInfra.saslKafka().clientConfig().forEach((name, value) -> config.put("kafka." + name, value.toString()));
        return config;
    }
}
