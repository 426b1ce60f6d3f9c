package dk.mentor.testing.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The real PostgreSQL and Kafka of one test JVM, started on first use and stopped when the JVM
 * exits. Several Quarkus test profiles restart the application; they all share these.
 */
public final class TestInfra {

    private static Postgres postgres;
    private static KafkaBroker kafka;
    private static KafkaBroker saslKafka;

    private TestInfra() {
    }

    public static synchronized Postgres postgres() {
        if (postgres == null) {
            postgres = Postgres.start();
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "test-postgres-stop"));
        }
        return postgres;
    }

    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            KafkaBroker broker = new KafkaBroker(tempDir("test-kafka"));
            Runtime.getRuntime().addShutdownHook(new Thread(broker::kill, "test-kafka-stop"));
            kafka = broker.start();
        }
        return kafka;
    }

    /** A second broker that takes only SASL/PLAIN clients, for tests of the production-like Kafka set-up. */
    public static synchronized KafkaBroker saslKafka() {
        if (saslKafka == null) {
            KafkaBroker broker = KafkaBroker.withSasl(tempDir("test-kafka-sasl"),
                    new KafkaBroker.SaslUser("mentor-service", UUID.randomUUID().toString()));
            Runtime.getRuntime().addShutdownHook(new Thread(broker::kill, "test-kafka-sasl-stop"));
            saslKafka = broker.start();
        }
        return saslKafka;
    }

    private static Path tempDir(String prefix) {
        try {
            Path target = Path.of("target");
            return Files.isDirectory(target) ? Files.createTempDirectory(target, prefix) : Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
