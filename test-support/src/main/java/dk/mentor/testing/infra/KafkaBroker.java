package dk.mentor.testing.infra;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node KRaft broker in a process of its own, built from the Kafka jars on the test
 * classpath. Being a separate process, a test can kill it with SIGKILL and start it again on the
 * same ports and data, exactly like a broker crash. Its settings are the local suite's
 * ({@value #SETTINGS}: partitions per topic, replication of the internal topics, ...), so tests
 * see topics partitioned as the suite runs them; only its ports and data directory are its own.
 */
public final class KafkaBroker {

    static final String SETTINGS = "deploy/local/kafka/server.properties";
    private static final Duration READY_POLL = Duration.ofSeconds(2);

    private final Path dataDir;
    private final int port = FreePorts.next();
    private final int controllerPort = FreePorts.next();
    private Process process;

    public KafkaBroker(Path dataDir) {
        this.dataDir = dataDir;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public synchronized KafkaBroker start() {
        if (isRunning()) {
            return this;
        }
        try {
            Path config = writeConfig();
            if (!Files.exists(dataDir.resolve("logs/meta.properties"))) {
                run(List.of("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()),
                        dataDir.resolve("format.log"), Duration.ofSeconds(60));
            }
            process = java(List.of("-Xms64m", "-Xmx384m", "kafka.Kafka", config.toString()), dataDir.resolve("kafka.log"));
            try {
                awaitReady(Duration.ofSeconds(60));
            } catch (RuntimeException notReady) {
                kill(); // never leave a broker behind that nobody will stop
                throw notReady;
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Kafka in " + dataDir, e);
        }
    }

    /** A crash: SIGKILL, no shutdown hooks, no flush. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitFor(process);
            process = null;
        }
    }

    public synchronized void stop() {
        if (process != null) {
            process.destroy();
            waitFor(process);
            process = null;
        }
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    private Path writeConfig() throws IOException {
        Files.createDirectories(dataDir.resolve("logs"));
        Properties settings = new Properties();
        try (Reader shared = Files.newBufferedReader(SuiteRoot.file(SETTINGS))) {
            settings.load(shared);
        }
        settings.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        settings.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        settings.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        settings.put("log.dirs", dataDir.resolve("logs").toString());
        Path config = dataDir.resolve("server.properties");
        try (Writer out = Files.newBufferedWriter(config)) {
            settings.store(out, SETTINGS + " with this broker's ports and data directory");
        }
        return config;
    }

    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        awaitPortOpen(deadline); // an Admin client polling a closed port logs thousands of reconnect lines
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers(), READY_POLL)) {
            int pollMillis = (int) READY_POLL.toMillis();
            kafka.setCommonClientConfig(Map.of(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, pollMillis,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, pollMillis));
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka exited at start; see " + dataDir.resolve("kafka.log"));
                }
                try {
                    kafka.cluster().nodes();
                    return;
                } catch (RuntimeException notYet) {
                    // the broker is still starting; ask again
                }
            }
        }
        throw new IllegalStateException("Kafka not ready within " + timeout + "; see " + dataDir.resolve("kafka.log"));
    }

    private void awaitPortOpen(Instant deadline) {
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException closed) {
                LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            }
        }
    }

    private static void run(List<String> args, Path log, Duration timeout) throws IOException {
        Process p = java(args, log);
        try {
            if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("command failed: " + args + "; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Process java(List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void waitFor(Process p) {
        try {
            p.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
