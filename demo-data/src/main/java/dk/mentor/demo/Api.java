package dk.mentor.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;

/**
 * The services' public REST APIs as any OpenAPI client calls them: a bearer token of the acting
 * user, JSON bodies, If-Match on changes and an Idempotency-Key on creations, so that a loader run
 * again replays instead of creating twice. Every unexpected status fails loudly with the problem
 * document.
 */
public final class Api {

    /** Keys sorted: a replayed creation must send the same bytes, and Map.of iterates differently per JVM. */
    static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Endpoints endpoints;
    private final Function<String, String> tokens;

    public Api(Endpoints endpoints, Function<String, String> tokens) {
        this.endpoints = endpoints;
        this.tokens = tokens;
    }

    public Endpoints endpoints() {
        return endpoints;
    }

    public Reply get(String base, String path, String user) {
        return send("GET", base + path, user, null, Map.of(), 200);
    }

    /** Creates with an Idempotency-Key; 201 expected, or 200 for operations that answer with a result. */
    public Reply create(String base, String path, String user, Object body, String idempotencyKey) {
        return send("POST", base + path, user, body, Map.of("Idempotency-Key", idempotencyKey), 201, 200);
    }

    /** A change guarded by the version read before: If-Match with the ETag. */
    public Reply change(String method, String base, String path, String user, String etag, Object body) {
        return send(method, base + path, user, body, Map.of("If-Match", etag), 200);
    }

    public Reply send(String method, String url, String user, Object body, Map<String, String> headers, int... expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + tokens.apply(user)).header("Accept", "application/json");
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json(body)));
        }
        HttpResponse<String> response = exchange(request.build());
        String call = method + " " + url + " as " + user;
        if (Arrays.stream(expected).noneMatch(s -> s == response.statusCode())) {
            throw new ApiException(call, response.statusCode(), response.body());
        }
        return new Reply(response.statusCode(), response.headers(), parse(response.body()));
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String json(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write the request body", e);
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }
}
