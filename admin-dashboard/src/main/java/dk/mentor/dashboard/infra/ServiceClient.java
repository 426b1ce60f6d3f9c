package dk.mentor.dashboard.infra;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jboss.logging.Logger;

/**
 * Reads from and writes to a service with the user's own access token, so the service's authorisation,
 * municipality isolation and audit apply exactly as to any other client. Calls are asynchronous, so
 * a page can make several at once; none ever throws: every outcome is a {@link Reply}.
 */
@ApplicationScoped
public class ServiceClient {

    private static final Logger LOG = Logger.getLogger(ServiceClient.class);

    private final ServiceUrls urls;
    private final ObjectMapper mapper;
    private final HttpClient http;

    public ServiceClient(ServiceUrls urls, ObjectMapper mapper) {
        this.urls = urls;
        this.mapper = mapper;
        this.http = HttpClient.newBuilder().connectTimeout(urls.timeout()).build();
    }

    /** GET {@code pathAndQuery} (already encoded) on {@code backend}, read as {@code type}. */
    public <T> CompletableFuture<Reply<T>> get(Backend backend, String pathAndQuery, String accessToken, TypeReference<T> type) {
        return send(backend, pathAndQuery, accessToken, builder -> builder.header("Accept", "application/json").GET(),
                response -> read(backend, pathAndQuery, response, type));
    }

    /**
     * PUT {@code body} as JSON, with the ETag the user's page was read at in If-Match, so a change
     * someone else made in between is refused (412) instead of overwritten.
     */
    public CompletableFuture<Reply<JsonNode>> put(Backend backend, String path, String accessToken, long version, Object body) {
        return send(backend, path, accessToken, builder -> builder.header("Accept", "application/json")
                        .header("Content-Type", "application/json").header("If-Match", "\"" + version + "\"")
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(json(body))),
                response -> read(backend, path, response, new TypeReference<JsonNode>() { }));
    }

    /**
     * POST {@code body} as JSON with an Idempotency-Key: the same key sent twice (a double click, a
     * retried form) makes the service answer the first result again instead of acting twice.
     */
    public CompletableFuture<Reply<JsonNode>> post(Backend backend, String path, String accessToken, String idempotencyKey, Object body) {
        return send(backend, path, accessToken, builder -> builder.header("Accept", "application/json")
                        .header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(json(body))),
                response -> read(backend, path, response, new TypeReference<JsonNode>() { }));
    }

    /**
     * POST {@code body} as JSON to an action on a resource read at {@code version} (If-Match), e.g. a
     * referral's next step: one someone changed in between is refused (412) instead of moved on.
     */
    public CompletableFuture<Reply<JsonNode>> postAt(Backend backend, String path, String accessToken, long version, Object body) {
        return send(backend, path, accessToken, builder -> builder.header("Accept", "application/json")
                        .header("Content-Type", "application/json").header("If-Match", "\"" + version + "\"")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(json(body))),
                response -> read(backend, path, response, new TypeReference<JsonNode>() { }));
    }

    /**
     * POST a file as it is ({@code contentType}: a CSV, a spreadsheet), e.g. the catalogue to import;
     * the Idempotency-Key as in {@link #post}.
     */
    public CompletableFuture<Reply<JsonNode>> upload(Backend backend, String pathAndQuery, String accessToken,
                                                     String idempotencyKey, String contentType, byte[] file) {
        return send(backend, pathAndQuery, accessToken, builder -> builder.header("Accept", "application/json")
                        .header("Content-Type", contentType).header("Idempotency-Key", idempotencyKey)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(file)),
                response -> read(backend, pathAndQuery, response, new TypeReference<JsonNode>() { }));
    }

    /**
     * POST without a body to an action on a resource read at {@code version} (If-Match), e.g. ranking a
     * referral: a referral someone changed in between is refused (412) instead of ranked as it no longer is.
     */
    public CompletableFuture<Reply<JsonNode>> act(Backend backend, String path, String accessToken, long version) {
        return send(backend, path, accessToken, builder -> builder.header("Accept", "application/json")
                        .header("If-Match", "\"" + version + "\"").POST(HttpRequest.BodyPublishers.noBody()),
                response -> read(backend, path, response, new TypeReference<JsonNode>() { }));
    }

    /** GET a file the service renders (a CSV, a printable document), passed on to the browser as it is. */
    public CompletableFuture<Reply<Download>> download(Backend backend, String path, String accessToken) {
        return send(backend, path, accessToken, HttpRequest.Builder::GET, response -> response.statusCode() >= 400
                ? read(backend, path, response, new TypeReference<Download>() { })
                : new Reply.Ok<>(new Download(response.body(),
                        response.headers().firstValue("Content-Type").orElse("application/octet-stream"),
                        response.headers().firstValue("Content-Disposition").orElse(null))));
    }

    private <T> CompletableFuture<Reply<T>> send(Backend backend, String path, String accessToken,
                                                 UnaryOperator<HttpRequest.Builder> method,
                                                 Function<HttpResponse<byte[]>, Reply<T>> reader) {
        HttpRequest request;
        try {
            request = method.apply(HttpRequest.newBuilder(URI.create(urls.of(backend) + path))
                    .timeout(urls.timeout())
                    .header("Authorization", "Bearer " + accessToken)).build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new Reply.Unavailable<>("bad address: " + e.getMessage()));
        }
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .handle((response, failure) -> failure != null
                        ? unavailable(backend, path, failure.getClass().getSimpleName())
                        : reader.apply(response));
    }

    private byte[] json(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("not writable as JSON: " + body.getClass().getSimpleName(), e);
        }
    }

    private <T> Reply<T> read(Backend backend, String path, HttpResponse<byte[]> response, TypeReference<T> type) {
        int status = response.statusCode();
        if (status >= 500) {
            return unavailable(backend, path, "status " + status);
        }
        try {
            if (status >= 400) {
                JsonNode problem = response.body().length == 0 ? null : mapper.readTree(response.body());
                String problemType = problem == null ? "" : problem.path("type").asText("");
                return new Reply.Problem<>(status, problemType, problem == null ? List.of() : fields(problem));
            }
            // the dashboard reads only what it shows; a field a service adds must not break a page
            return new Reply.Ok<>(mapper.readerFor(mapper.getTypeFactory().constructType(type))
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(response.body()));
        } catch (IOException e) {
            return unavailable(backend, path, "unreadable answer (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The fields a 400 names (the kit's problem lists them under "errors", each with "field"). */
    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asText("")));
        return List.copyOf(fields);
    }

    private static <T> Reply<T> unavailable(Backend backend, String path, String reason) {
        // the path holds ids only (never a CPR number or a name), so it may be logged
        LOG.warnf("%s unavailable for %s: %s", backend, path, reason);
        return new Reply.Unavailable<>(reason);
    }
}
