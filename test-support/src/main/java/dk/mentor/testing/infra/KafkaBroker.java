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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.SaslConfigs;

/**
 * A real single-node KRaft broker in a process of its own, built from the Kafka jars on the test
 * classpath. Being a separate process, a test can kill it with SIGKILL and start it again on the
 * same ports and data, exactly like a broker crash. Its settings are the local suite's
 * ({@value #SETTINGS}: partitions per topic, replication of the internal topics, ...), so tests
 * see topics partitioned as the suite runs them; only its ports and data directory are its own.
 * A broker made {@link #withSasl} listens for SASL/PLAIN clients only, as a production broker
 * demands credentials; {@link #clientConfig()} gives a client what it needs to connect either way.
 */
public final class KafkaBroker {

    /** A user the SASL listener accepts; the broker authenticates to itself as a user of its own. */
    public record SaslUser(String username, String password) {
    }

    static final String SETTINGS = "deploy/local/kafka/server.properties";
    private static final Duration READY_POLL = Duration.ofSeconds(2);
    /** A few seconds on a quiet machine; minutes when parallel builds share two cores, as they may. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Path dataDir;
    private final int port = FreePorts.next();
    private final int controllerPort = FreePorts.next();
    private final SaslUser client;
    private final SaslUser self = new SaslUser("broker", Uuid.randomUuid().toString());
    private Process process;

    public KafkaBroker(Path dataDir) {
        this(dataDir, null);
    }

    private KafkaBroker(Path dataDir, SaslUser client) {
        this.dataDir = dataDir;
        this.client = client;
    }

    /** A broker whose one client listener takes SASL_PLAINTEXT with the PLAIN mechanism and this user. */
    public static KafkaBroker withSasl(Path dataDir, SaslUser client) {
        return new KafkaBroker(dataDir, client);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Everything a Kafka client needs to reach this broker, in the clients' own config names. */
    public Map<String, Object> clientConfig() {
        Map<String, Object> config = new HashMap<>();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        if (client != null) {
            config.put(AdminClientConfig.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
            config.put(SaslConfigs.SASL_MECHANISM, "PLAIN");
            config.put(SaslConfigs.SASL_JAAS_CONFIG, plainLogin(client, ""));
        }
        return config;
    }

    public synchronized KafkaBroker start() {
        if (isRunning()) {
            return this;
        }
        try {
            Path config = writeConfig();
            if (!Files.exists(dataDir.resolve("logs/meta.properties"))) {
                run(List.of("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()),
                        dataDir.resolve("format.log"), START_TIMEOUT);
            }
            process = java(List.of("-Xms64m", "-Xmx384m", "kafka.Kafka", config.toString()), dataDir.resolve("kafka.log"));
            try {
                awaitReady(START_TIMEOUT);
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
        String listener = client == null ? "PLAINTEXT" : "SASL_PLAINTEXT";
        settings.put("listeners", listener + "://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        settings.put("advertised.listeners", listener + "://127.0.0.1:" + port);
        if (client != null) {
            settings.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT");
            settings.put("inter.broker.listener.name", "SASL_PLAINTEXT");
            settings.put("sasl.enabled.mechanisms", "PLAIN");
            settings.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
            settings.put("listener.name.sasl_plaintext.plain.sasl.jaas.config", plainLogin(self,
                    " user_" + self.username() + "=\"" + self.password() + "\""
                            + " user_" + client.username() + "=\"" + client.password() + "\""));
        }
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
            Map<String, Object> config = new HashMap<>(clientConfig());
            config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, pollMillis);
            config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, pollMillis);
            kafka.setCommonClientConfig(config);
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

    /** A PLAIN login as this user; a broker's own login also lists the users it accepts. */
    private static String plainLogin(SaslUser user, String acceptedUsers) {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + user.username()
                + "\" password=\"" + user.password() + "\"" + acceptedUsers + ";";
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

    /**
     * A test broker lives for minutes under light load: C1 alone and the serial collector started it
     * with 4 s of CPU instead of 6 s, and the format tool with 1.7 s instead of 2.5 s. C1 alone reserves
     * only 48 MB of code cache; when that fills, the JVM stops compiling, so it gets the usual 240 MB.
     */
    private static Process java(List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=240m", "-XX:+UseSerialGC"));
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
