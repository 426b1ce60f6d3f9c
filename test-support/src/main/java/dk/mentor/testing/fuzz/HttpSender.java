package dk.mentor.testing.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends fuzz requests with the JDK client, which (unlike REST Assured) leaves pre-encoded paths
 * and raw bodies as they are. Tokens are signed once per caller and run, as signing dominates.
 */
public final class HttpSender {

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<Caller, String> tokens = new HashMap<>();

    public HttpSender(String base) {
        this.base = base;
    }

    public String base() {
        return base;
    }

    public FuzzResponse send(FuzzRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.target()))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token(request.caller()))
                .header("Accept", "application/json, application/problem+json, */*");
        request.headers().forEach(builder::header);
        if (request.body() != null) {
            builder.header("Content-Type", request.contentType());
            builder.method(request.method(), HttpRequest.BodyPublishers.ofString(request.body()));
        } else {
            builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = sendOnce(builder.build());
            Map<String, java.util.List<String>> headers = new TreeMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(), values));
            return new FuzzResponse(response.statusCode(), headers, response.body() == null ? "" : response.body());
        } catch (IOException e) {
            throw new IllegalStateException("no answer to " + request.curl(base), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A keep-alive connection the server closed after an earlier answer (a 413 or 414 ends the
     * connection) fails at once with no bytes; one retry on a fresh connection tells that apart
     * from a request the server really leaves unanswered.
     */
    private HttpResponse<String> sendOnce(HttpRequest built) throws IOException, InterruptedException {
        try {
            return client.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (IOException closed) {
            return client.send(built, HttpResponse.BodyHandlers.ofString());
        }
    }

    private String token(Caller caller) {
        return tokens.computeIfAbsent(caller, c -> dk.mentor.testing.tokens.TestTokens.user(c.username())
                .roles(c.roles().toArray(String[]::new)).municipalities(c.municipalities().toArray(String[]::new))
                .token());
    }
}
