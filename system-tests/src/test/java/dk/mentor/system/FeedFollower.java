package dk.mentor.system;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A case system following one service's events feed: it keeps its cursor, asks for what follows,
 * and keeps every event it was given, in order. A failed call (the service is down) changes nothing;
 * the next call resumes from the same cursor.
 */
final class FeedFollower {

    static final String MEDIA_TYPE = "application/cloudevents-batch+json";

    private final ServiceProcess service;
    private final Supplier<String> token;
    private final List<Map<String, Object>> seen = new ArrayList<>();
    private String cursor;
    private int failedCalls;
    private String unexpectedAnswer;

    FeedFollower(ServiceProcess service, Supplier<String> token, String cursor) {
        this.service = service;
        this.token = token;
        this.cursor = cursor;
    }

    /** One call of the feed. It never throws, as it runs on a schedule; see {@link #assertNoUnexpectedAnswer()}. */
    synchronized void poll() {
        if (unexpectedAnswer != null) {
            return;
        }
        Response response;
        try {
            var request = given().baseUri(service.baseUrl()).auth().oauth2(token.get()).accept(MEDIA_TYPE).queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            response = request.get("/api/v1/events");
        } catch (Exception e) { // RestAssured throws ConnectException undeclared
            failedCalls++; // the service is down or restarting
            return;
        }
        if (response.statusCode() == 200) {
            seen.addAll(response.jsonPath().getList("$"));
            cursor = response.header("Next-Cursor");
        } else if (response.statusCode() == 503) {
            failedCalls++; // started, not yet ready
        } else {
            unexpectedAnswer = response.statusCode() + " " + response.asString();
        }
    }

    /** Fails once the feed gave an answer other than the events or a brief unavailability. */
    synchronized void assertNoUnexpectedAnswer() {
        if (unexpectedAnswer != null) {
            throw new AssertionError("the feed answered " + unexpectedAnswer);
        }
    }

    synchronized List<Map<String, Object>> seen() {
        return List.copyOf(seen);
    }

    synchronized int failedCalls() {
        return failedCalls;
    }
}
