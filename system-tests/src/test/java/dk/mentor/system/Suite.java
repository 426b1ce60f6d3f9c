package dk.mentor.system;

import dk.mentor.demo.Api;
import dk.mentor.demo.CachedTokens;
import dk.mentor.demo.Endpoints;
import dk.mentor.testing.infra.FreePorts;
import dk.mentor.testing.infra.KafkaBroker;
import dk.mentor.testing.keycloak.KeycloakServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * The whole suite as production runs it, once per test JVM: PostgreSQL, a Kafka broker, the real
 * Keycloak with the mentor realm, and the four packaged services, each on a free port. Tests get
 * it from {@link SuiteExtension}; it stops when the test run ends, and a shutdown hook makes sure
 * no process outlives the JVM even if the run is cut short.
 */
final class Suite implements AutoCloseable {

    static final List<String> SERVICES = List.of("catalog-service", "matching-service", "followup-service", "refusion-service");
    static final String DASHBOARD = "admin-dashboard";

    /** The user name under which the token cache keeps the integration service account's token. */
    private static final String INTEGRATION = "<integration service account>";

    private static Suite instance;
    private static RuntimeException startFailure;

    private final Path projectDir = Path.of(System.getProperty("suite.project.dir", "..")).toAbsolutePath().normalize();
    private final Path logsDir = Path.of(System.getProperty("suite.logs.dir", "target/logs")).toAbsolutePath();
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    /** Dashboard instances, started only when a browser test asks: the other tests do not pay for them. */
    private final Map<String, ServiceProcess> dashboards = new LinkedHashMap<>();
    /** Further instances of the services a test started, on the same database, broker and keys. */
    private final List<ServiceProcess> extraInstances = new ArrayList<>();
    /** What every service instance is given: the backing servers' addresses and this run's keys. */
    private Map<String, String> serviceEnv;
    private final CachedTokens tokens;
    private final BackingServers backing = new BackingServers();
    private volatile boolean closed;

    private Suite() {
        this.tokens = new CachedTokens(this::fetchToken);
    }

    /** The started suite; a start that failed once fails every later caller at once instead of retrying for minutes. */
    static synchronized Suite get() {
        if (startFailure != null) {
            // the first failing class carries the whole story (log tails); the others point to it
            String firstLine = String.valueOf(startFailure.getMessage()).lines().findFirst().orElse("");
            throw new IllegalStateException("the system-test suite failed to start, see the first failing test class: " + firstLine);
        }
        if (instance == null) {
            Suite suite = new Suite();
            Runtime.getRuntime().addShutdownHook(new Thread(suite::close, "system-suite-stop"));
            try {
                suite.start();
            } catch (RuntimeException e) {
                startFailure = e;
                suite.close();
                throw e;
            }
            instance = suite;
        }
        return instance;
    }

    private void start() {
        Map<String, Path> jars = packagedJars();
        Instant begin = Instant.now();
        backing.start(logsDir.resolveSibling("suite-data"));
        Figures.record("PostgreSQL + Kafka ready", Duration.between(begin, Instant.now()).toMillis() + " ms");

        serviceEnv = Map.of(
                "MENTOR_DB_URL", backing.postgres().database("mentor"),
                "MENTOR_DB_USER", "postgres",
                "MENTOR_DB_PASSWORD", "",
                "KAFKA_BOOTSTRAP_SERVERS", backing.kafka().bootstrapServers(),
                "MENTOR_OIDC_URL", backing.realmUrl(),
                "MENTOR_CPR_ENCRYPTION_KEY", randomKey(),
                "MENTOR_CPR_HASH_KEY", randomKey(),
                "MENTOR_IDEMPOTENCY_KEY", randomKey());
        SERVICES.forEach(name -> services.put(name, new ServiceProcess(name, jars.get(name), logsDir, FreePorts.next(), serviceEnv)));
        // While Keycloak starts: a service needs it only for the first token it checks (Quarkus OIDC
        // discovers the realm then, when it could not at start), which also proves a service comes up
        // while its identity provider is still down. One service after the other: on a 2-core machine
        // four side by side took longer in total than in a row (measured), and each one's start then
        // risks the readiness timeout.
        for (ServiceProcess service : services.values()) {
            service.start();
            Figures.record(service.name() + " start (to /q/health/ready)", service.lastStartup().toMillis() + " ms");
            Figures.record(service.name() + " CPU time to ready (user+sys)", ProcessStats.cpuMillis(service.pid()) + " ms");
            Figures.record(service.name() + " RSS at ready", ProcessStats.rssMiB(service.pid()) + " MiB");
        }
        backing.awaitKeycloak();
        Figures.record("whole suite ready", Duration.between(begin, Instant.now()).toMillis() + " ms");
    }

    /** A fresh 256-bit key per run, as an operator would generate for followup-service's CPR numbers. */
    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** Fails before anything starts when a service was not packaged, naming the command that packages it. */
    private Map<String, Path> packagedJars() {
        Map<String, Path> jars = new LinkedHashMap<>();
        for (String name : SERVICES) {
            Path jar = packagedJar(name);
            warnIfStale(jar, projectDir.resolve(name).resolve("src/main"), projectDir.resolve("service-kit/src/main"));
            jars.put(name, jar);
        }
        return jars;
    }

    private Path packagedJar(String module) {
        Path jar = projectDir.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Missing " + jar + ". The system tests run the packaged services; build them first: "
                    + "cd " + projectDir + " && ./mvnw -B install -DskipTests (or run ./mvnw verify at the root)");
        }
        return jar;
    }

    /** The packaged dashboard against this suite's services and Keycloak, started on first use. */
    synchronized ServiceProcess dashboard() {
        ServiceProcess dashboard = dashboards.get(DASHBOARD);
        return dashboard != null ? dashboard : startDashboard(DASHBOARD, Map.of());
    }

    /**
     * Another dashboard instance named {@code name} (its log file), with some of its environment
     * replaced, e.g. a service's URL pointing at a port where nothing answers. It runs until the suite
     * closes, or until the caller terminates it.
     */
    synchronized ServiceProcess startDashboard(String name, Map<String, String> overrides) {
        Path jar = packagedJar(DASHBOARD);
        warnIfStale(jar, projectDir.resolve(DASHBOARD).resolve("src/main"));
        Map<String, String> env = new LinkedHashMap<>(Map.of(
                "MENTOR_OIDC_URL", backing.keycloak().realmUrl(),
                "MENTOR_CATALOG_URL", catalog().baseUrl(),
                "MENTOR_MATCHING_URL", matching().baseUrl(),
                "MENTOR_FOLLOWUP_URL", service("followup-service").baseUrl(),
                "MENTOR_REFUSION_URL", refusion().baseUrl()));
        env.putAll(overrides);
        ServiceProcess dashboard = new ServiceProcess(name, jar, logsDir, DashboardPorts.firstFree(), env);
        dashboards.put(name, dashboard);
        dashboard.start();
        Figures.record(name + " start (to /q/health/ready)", dashboard.lastStartup().toMillis() + " ms");
        return dashboard;
    }

    /**
     * Another instance of a service, as a second replica behind the same service name: the same jar,
     * database, broker and keys, its own port and log ({@code name}.log). Not started; it is stopped
     * when the suite closes, if the test has not stopped it.
     */
    synchronized ServiceProcess newInstance(String service, String name) {
        ServiceProcess instance = new ServiceProcess(name, packagedJar(service), logsDir, FreePorts.next(), serviceEnv);
        extraInstances.add(instance);
        return instance;
    }

    /** A -pl system-tests run after a code change would test the old jar; say so rather than mislead. */
    private void warnIfStale(Path jar, Path... sources) {
        try {
            long built = Files.getLastModifiedTime(jar).toMillis();
            for (Path source : sources) {
                try (Stream<Path> files = Files.walk(source)) {
                    if (files.anyMatch(f -> f.toFile().lastModified() > built)) {
                        System.out.println("WARNING: " + jar + " is older than " + source + "; rebuild it: cd " + projectDir
                                + " && ./mvnw -B install -DskipTests");
                        return;
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // only a hint; the run itself does not depend on it
        }
    }

    ServiceProcess service(String name) {
        ServiceProcess service = services.get(name);
        if (service == null) {
            throw new NoSuchElementException("no service " + name);
        }
        return service;
    }

    ServiceProcess catalog() {
        return service("catalog-service");
    }

    ServiceProcess matching() {
        return service("matching-service");
    }

    ServiceProcess refusion() {
        return service("refusion-service");
    }

    /** The four services' public APIs with this suite's Keycloak tokens, as the demo loader calls them. */
    Api api() {
        return api(catalog(), matching(), service("followup-service"), refusion());
    }

    /** The public APIs of the given instances (e.g. second ones, from {@link #newInstance}) with this suite's tokens. */
    Api api(ServiceProcess catalog, ServiceProcess matching, ServiceProcess followup, ServiceProcess refusion) {
        return new Api(new Endpoints(catalog.baseUrl(), matching.baseUrl(), followup.baseUrl(), refusion.baseUrl(),
                backing.keycloak().realmUrl() + "/protocol/openid-connect/token"), this::token);
    }

    KafkaBroker kafka() {
        return backing.kafka();
    }

    KeycloakServer keycloak() {
        return backing.keycloak();
    }

    /** The JDBC URL of the services' database (user postgres, no password), for a test that looks at rows. */
    String databaseUrl() {
        return backing.postgres().database("mentor");
    }

    /** PostgreSQL goes away: a fast shutdown cuts every open connection; the data stays. */
    void stopPostgres() {
        backing.postgres().stop();
    }

    /** PostgreSQL comes back on the same port and data; the services must find it by themselves. */
    void startPostgres() {
        backing.postgres().restart();
    }

    /** An access token of a demo user, from Keycloak's token endpoint (password grant of mentor-dev-cli). */
    String token(String username) {
        return tokens.apply(username);
    }

    /** An access token of the integration service account (client credentials of mentor-integration). */
    String integrationToken() {
        return tokens.apply(INTEGRATION);
    }

    /** An access token of a municipality's case system: client credentials of case-system-{@code place}. */
    String caseSystemToken(String place) {
        return backing.keycloak().caseSystemToken(place);
    }

    private String fetchToken(String username) {
        return INTEGRATION.equals(username) ? backing.keycloak().integrationToken()
                : backing.keycloak().token(username);
    }

    /** A broker crash: SIGKILL, nothing flushed. */
    void killBroker() {
        kafka().kill();
    }

    /** Starts the broker again on the same ports and data and waits until every service is ready again. */
    void startBroker() {
        Instant launched = Instant.now();
        kafka().start();
        Figures.record("Kafka broker restart on the same data (to ready)", Duration.between(launched, Instant.now()).toMillis() + " ms");
        awaitAllReady();
    }

    /**
     * Brings back whatever a test stopped, so the next test starts on a healthy suite. Call it in a
     * finally block after killing anything.
     */
    void heal() {
        if (!backing.postgres().isRunning()) {
            backing.postgres().restart();
        }
        if (!kafka().isRunning()) {
            kafka().start();
        }
        for (ServiceProcess service : services.values()) {
            if (!service.isRunning()) {
                service.start();
            }
        }
        awaitAllReady();
    }

    private void awaitAllReady() {
        services.values().forEach(ServiceProcess::awaitReady);
    }

    /** Services first (SIGTERM, then forcibly), then what they depend on. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        dashboards.values().forEach(dashboard -> BackingServers.quietly(dashboard::terminate));
        extraInstances.forEach(instance -> BackingServers.quietly(instance::terminate));
        services.values().forEach(service -> BackingServers.quietly(service::terminate));
        backing.stop();
        Figures.print(logsDir.resolveSibling("system-test-figures.txt"));
    }
}
