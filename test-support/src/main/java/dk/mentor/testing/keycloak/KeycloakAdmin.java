package dk.mentor.testing.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Keycloak's admin REST API ({@code /admin/realms/...}) as the test server's bootstrap admin, for
 * tests that need a realm, a client or a realm setting the mentor realm file does not have. Every
 * call takes a fresh admin token: the master realm's tokens live a minute, and tests call rarely.
 */
public final class KeycloakAdmin {

    private static final String ADMIN = "admin";

    private final String baseUrl;
    private final HttpClient http;
    private final ObjectMapper json;

    KeycloakAdmin(String baseUrl, HttpClient http, ObjectMapper json) {
        this.baseUrl = baseUrl;
        this.http = http;
        this.json = json;
    }

    /** POSTs a representation, e.g. {@code post("/admin/realms", realm)}; fails unless Keycloak answers 2xx. */
    public void post(String path, Map<String, ?> representation) {
        send("POST", path, representation);
    }

    /** PUTs a (partial) representation, e.g. a realm's attributes; fields left out stay as they are. */
    public void put(String path, Map<String, ?> representation) {
        send("PUT", path, representation);
    }

    public JsonNode get(String path) {
        return json(send("GET", path, null));
    }

    private String send(String method, String path, Map<String, ?> representation) {
        try {
            HttpRequest.BodyPublisher body = representation == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(representation));
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + adminToken())
                    .header("Content-Type", "application/json")
                    .method(method, body).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method + " " + path, e);
        }
    }

    private String adminToken() throws IOException, InterruptedException {
        String form = KeycloakServer.formEncode(Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", ADMIN, "password", ADMIN));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/realms/master/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode body = json(response.body());
        if (response.statusCode() != 200 || !body.hasNonNull("access_token")) {
            throw new IllegalStateException("admin token request failed: HTTP " + response.statusCode() + " " + response.body());
        }
        return body.get("access_token").asText();
    }

    private JsonNode json(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak answered no JSON: " + text, e);
        }
    }
}
