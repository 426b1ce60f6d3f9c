package dk.mentor.testing.infra;

import dk.mentor.testing.tokens.TestTokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Points a service under test at a real PostgreSQL database, a real Kafka broker and the test
 * token issuer. Argument {@code database}: the database name (default {@code app}).
 */
public class TestInfraResource implements QuarkusTestResourceLifecycleManager {

    private String database = "app";

    @Override
    public void init(Map<String, String> args) {
        database = args.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", TestInfra.postgres().database(database));
        config.put("quarkus.datasource.username", "postgres");
        config.put("quarkus.datasource.password", "");
        config.put("kafka.bootstrap.servers", TestInfra.kafka().bootstrapServers());
        config.putAll(TestTokens.verifierConfig());
        return config;
    }

    @Override
    public void stop() {
        // shared by every test of the JVM; stopped by a shutdown hook
    }
}
