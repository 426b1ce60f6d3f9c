package dk.mentor.kit.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** What every problem response must look like, whatever went wrong. */
public final class ProblemAssertions {

    public static final String TYPE_BASE = "https://mentor.example/problems/";

    private ProblemAssertions() {
    }

    /** Asserts an RFC 9457 problem of that status and type slug, for that path; returns its body for more checks. */
    public static JsonPath assertProblem(Response response, int status, String slug, String instance) {
        assertEquals(status, response.statusCode(), () -> "status; body: " + response.asString());
        assertTrue(response.contentType().startsWith("application/problem+json"),
                () -> "content type " + response.contentType());
        assertNoInternals(response);
        JsonPath body = response.jsonPath();
        assertEquals(TYPE_BASE + slug, body.getString("type"));
        assertEquals(status, body.getInt("status"));
        assertNotNull(body.getString("title"), "title");
        assertFalse(body.getString("title").isBlank(), "title");
        assertEquals(instance, body.getString("instance"));
        return body;
    }

    /** No response body may show a stack trace or name an exception. */
    public static void assertNoInternals(Response response) {
        String body = response.asString();
        assertFalse(body.contains("Exception"), () -> "body names an exception: " + body);
        assertFalse(body.contains("at dk.mentor"), () -> "body has a stack trace: " + body);
        assertFalse(body.contains("at io.quarkus"), () -> "body has a stack trace: " + body);
    }
}
