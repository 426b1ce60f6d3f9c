package dk.mentor.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** An answer as received: status, headers (names in lower case) and the body as text. */
public record FuzzResponse(int status, Map<String, List<String>> headers, String body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase());
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String contentType() {
        String value = header("content-type");
        return value == null ? "" : value;
    }

    /** The body as JSON, or null when it is not JSON. */
    public JsonNode json() {
        if (!contentType().contains("json") || body.isEmpty()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    public boolean succeeded() {
        return status >= 200 && status < 300;
    }
}
