package dk.mentor.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;
import java.util.UUID;

/** An answer of a service: status, headers and the JSON body (a missing node when there was none). */
public record Reply(int status, HttpHeaders headers, JsonNode body) {

    public UUID id() {
        return UUID.fromString(body.path("id").asText());
    }

    public String etag() {
        return headers.firstValue("ETag").orElseThrow(() -> new IllegalStateException("no ETag in the answer"));
    }
}
