package dk.mentor.dashboard.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dk.mentor.dashboard.infra.ServiceClient;
import dk.mentor.dashboard.infra.ServiceUrls;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * HTTP servers on free local ports that answer as a service would, with fixed JSON, and keep every
 * request they got (method, path, headers, body): what the dashboard's client code sends and how it
 * reads the answers, without the whole suite. (The real services are in system-tests' browser tests.)
 */
public final class StandInServices implements AutoCloseable {

    /** One request as the stand-in received it. */
    public record Received(String method, String pathAndQuery, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    /** An answer: status and JSON body. */
    public record Answer(int status, String json) {
    }

    public interface Handler {
        Answer answer(Received request);
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public StandInServices(Handler handler) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            received.add(request);
            answer(exchange, handler.answer(request));
        });
        // several threads: the dashboard asks for a page's parts at once
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** An address where nothing listens: a service that is down. */
    public static String downUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A client of the four services at these addresses (catalog, matching, followup, refusion). */
    public static ServiceClient client(String catalog, String matching, String followup, String refusion) {
        return client(catalog, matching, followup, refusion, Duration.ofSeconds(3));
    }

    /** The same, waiting at most {@code timeout} for an answer. */
    public static ServiceClient client(String catalog, String matching, String followup, String refusion, Duration timeout) {
        ServiceUrls urls = new ServiceUrls() {
            public String catalog() {
                return catalog;
            }

            public String matching() {
                return matching;
            }

            public String followup() {
                return followup;
            }

            public String refusion() {
                return refusion;
            }

            public Duration timeout() {
                return timeout;
            }
        };
        return new ServiceClient(urls, new ObjectMapper().findAndRegisterModules());
    }

    private static void answer(HttpExchange exchange, Answer answer) throws IOException {
        byte[] bytes = answer.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.status() < 300 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
