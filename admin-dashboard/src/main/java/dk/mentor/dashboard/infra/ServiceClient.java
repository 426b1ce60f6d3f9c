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
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Reads from a service with the user's own access token, so the service's authorisation,
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
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(urls.of(backend) + pathAndQuery))
                    .timeout(urls.timeout())
                    .header("Authorization", "Bearer " + accessToken)
                    .header("Accept", "application/json")
                    .GET().build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new Reply.Unavailable<>("bad address: " + e.getMessage()));
        }
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .handle((response, failure) -> failure != null
                        ? unavailable(backend, pathAndQuery, failure.getClass().getSimpleName())
                        : read(backend, pathAndQuery, response, type));
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
                return new Reply.Problem<>(status, problemType);
            }
            // the dashboard reads only what it shows; a field a service adds must not break a page
            return new Reply.Ok<>(mapper.readerFor(mapper.getTypeFactory().constructType(type))
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(response.body()));
        } catch (IOException e) {
            return unavailable(backend, path, "unreadable answer (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static <T> Reply<T> unavailable(Backend backend, String path, String reason) {
        // the path holds ids only (never a CPR number or a name), so it may be logged
        LOG.warnf("%s unavailable for %s: %s", backend, path, reason);
        return new Reply.Unavailable<>(reason);
    }
}
