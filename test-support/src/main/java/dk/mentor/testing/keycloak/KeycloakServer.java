package dk.mentor.testing.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.testing.infra.FreePorts;
import dk.mentor.testing.infra.SuiteRoot;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * A real Keycloak with the mentor realm (deploy/keycloak/mentor-realm.json), for tests that must
 * prove the realm and the token validation end to end. Each server has free loopback ports, its own
 * database and a freshly imported realm; it runs beside a local suite without touching it.
 *
 * <pre>
 * try (KeycloakServer keycloak = KeycloakServer.start()) {
 *     String token = keycloak.token("coordinator-aarhus");
 * }
 * </pre>
 *
 * Starting fails (never skips) with the tail of Keycloak's log when the server is not ready within
 * {@code -Dkeycloak.start.timeout} seconds (default 240; 360 for the first start of a new distribution).
 */
public final class KeycloakServer implements AutoCloseable {

    private static final String REALM = "mentor";
    private static final String REALM_FILE = "deploy/keycloak/mentor-realm.json";
    private static final String DEV_CLI_CLIENT = "mentor-dev-cli";
    private static final String INTEGRATION_CLIENT = "mentor-integration";
    private static final String INTEGRATION_SECRET = "dev-integration-secret";
    private static final String DEMO_PASSWORD = "demo";

    private static final Logger LOG = Logger.getLogger(KeycloakServer.class);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KeycloakProcess process;
    private final int port;
    private final Thread shutdownHook;
    private boolean stopped;

    private KeycloakServer(KeycloakProcess process, int port) {
        this.process = process;
        this.port = port;
        this.shutdownHook = new Thread(this::shutdown, "keycloak-test-server-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook); // if the test JVM ends without stop()
    }

    /** Starts a server on a free port; see {@link #start(int)}. */
    public static KeycloakServer start() {
        return start(FreePorts.next());
    }

    /**
     * Starts a server that imports the repo's realm file, on {@code port} (from {@link FreePorts}, so
     * a caller can hand {@link #realmUrlAt(int)} to services that start while Keycloak does). Starts are
     * serialised across test JVMs by a lock file beside the distribution: the first start of a new
     * distribution rewrites its lib/quarkus, and concurrent starts only compete for CPU anyway.
     */
    public static synchronized KeycloakServer start(int port) {
        Path realmFile = SuiteRoot.file(REALM_FILE);
        Path dist = KeycloakDistribution.locate();
        Path lockFile = dist.resolveSibling(dist.getFileName() + ".start.lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = lock(channel, lockFile)) {
            return launchAndAwait(dist, realmFile, port);
        } catch (IOException e) {
            throw new IllegalStateException("could not start Keycloak from " + dist, e);
        }
    }

    private static FileLock lock(FileChannel channel, Path lockFile) throws IOException {
        FileLock lock = channel.tryLock();
        if (lock == null) {
            LOG.infof("Waiting for another test run to finish starting its Keycloak (%s)", lockFile);
            lock = channel.lock();
        }
        return lock;
    }

    private static KeycloakServer launchAndAwait(Path dist, Path realmFile, int port) {
        long started = System.nanoTime();
        int management = FreePorts.next();
        String base = "http://127.0.0.1:" + port;
        // --hostname fixes the issuer to 127.0.0.1, whatever host name a client uses (else "iss"
        // follows the request's Host header); health is served on the management port only.
        List<String> options = List.of("--hostname", base,
                "--http-host", "127.0.0.1", "--http-port", String.valueOf(port),
                "--http-management-host", "127.0.0.1", "--http-management-port", String.valueOf(management),
                "--health-enabled", "true", "--import-realm",
                // every request in keycloak.log, so a test can prove what the services did (not) ask for
                "--http-access-log-enabled", "true");
        // C1 alone: a new distribution's first start (unpack, re-augmentation, start) took 52 s of CPU
        // instead of 86 s, and was ready in 42 s instead of 52 s; a token then costs a few ms more. C1 alone
        // reserves a code cache of 48 MB, and Keycloak's JVM stops compiling when it is full: 240 MB, as usual.
        KeycloakProcess process = KeycloakProcess.launch(dist, realmFile, options, Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin", "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                "MENTOR_INTEGRATION_SECRET", INTEGRATION_SECRET, "JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=240m"));
        try {
            process.awaitReady(URI.create("http://127.0.0.1:" + management + "/health/ready"), startTimeout(dist), HTTP);
        } catch (TimeoutException | RuntimeException e) {
            process.destroyTree(); // the home with its log stays for a look
            throw new IllegalStateException("Keycloak did not start (home " + process.home + "): " + e.getMessage(), e);
        }
        LOG.infof("%s ready on %s in %.1f s (pid %d, home %s)", dist.getFileName(), base,
                (System.nanoTime() - started) / 1e9, process.pid(), process.home);
        return new KeycloakServer(process, port);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The realm's URL, which is also the issuer of its tokens and quarkus.oidc.auth-server-url. */
    public String realmUrl() {
        return realmUrlAt(port);
    }

    /** The realm's URL of a server started, or still starting, on {@code port}. */
    public static String realmUrlAt(int port) {
        return "http://127.0.0.1:" + port + "/realms/" + REALM;
    }

    /** An access token of a demo user (password {@value #DEMO_PASSWORD}). */
    public String token(String username) {
        return token(username, DEMO_PASSWORD);
    }

    /** An access token by the password grant on the dev/test-only client {@value #DEV_CLI_CLIENT}. */
    public String token(String username, String password) {
        return token(REALM, DEV_CLI_CLIENT, username, password);
    }

    /** An access token by the password grant on any public client of any realm, e.g. one a test created. */
    public String token(String realm, String clientId, String username, String password) {
        return requestToken(realm, Map.of("grant_type", "password", "client_id", clientId,
                "username", username, "password", password), null);
    }

    /** An access token of the {@value #INTEGRATION_CLIENT} service account (client credentials). */
    public String integrationToken() {
        return clientCredentialsToken(INTEGRATION_CLIENT, INTEGRATION_SECRET);
    }

    /**
     * An access token of a municipality's case system, e.g. {@code caseSystemToken("aarhus")} for the
     * client case-system-aarhus with its dev default secret.
     */
    public String caseSystemToken(String place) {
        String clientId = "case-system-" + place;
        return clientCredentialsToken(clientId, "dev-" + clientId + "-secret");
    }

    private String clientCredentialsToken(String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString(
                (clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return requestToken(REALM, Map.of("grant_type", "client_credentials"), "Basic " + basic);
    }

    private String requestToken(String realm, Map<String, String> form, String authorization) {
        String tokenUrl = baseUrl() + "/realms/" + realm + "/protocol/openid-connect/token";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(tokenUrl))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formEncode(form)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = JSON.readTree(response.body());
            if (response.statusCode() != 200 || !body.hasNonNull("access_token")) {
                throw new IllegalStateException("token request " + form.get("grant_type") + " for "
                        + form.getOrDefault("username", "a client") + " failed: HTTP " + response.statusCode()
                        + " " + response.body());
            }
            return body.get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("token request to " + tokenUrl + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during a token request", e);
        }
    }

    /** The admin REST API of this server, as the bootstrap admin. */
    public KeycloakAdmin admin() {
        return new KeycloakAdmin(baseUrl(), HTTP, JSON);
    }

    /** Keycloak's own log, with the HTTP access log: one line per request it served. */
    public Path log() {
        return process.log;
    }

    /** Stops the Keycloak process tree and deletes this server's home (database, logs). */
    public void stop() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException jvmAlreadyShuttingDown) {
            // the hook runs or has run
        }
        shutdown();
    }

    private synchronized void shutdown() {
        if (!stopped) {
            stopped = true;
            process.destroyTree();
            process.deleteHome();
        }
    }

    @Override
    public void close() {
        stop();
    }

    static String formEncode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /**
     * The first start of a new distribution re-augments it (about 25 s on an idle machine, over a
     * minute under load) before the usual start; Quarkus then leaves quarkus-artifact.properties.
     */
    private static Duration startTimeout(Path dist) {
        Duration timeout = Duration.ofSeconds(Long.getLong("keycloak.start.timeout", 240));
        return Files.exists(dist.resolve("quarkus-artifact.properties")) ? timeout : timeout.plusSeconds(120);
    }
}
