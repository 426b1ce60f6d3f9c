package dk.mentor.kit.support;

import static io.restassured.RestAssured.given;

import dk.mentor.kit.access.Roles;
import dk.mentor.testing.tokens.TestTokens;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/** Reads the events feed the way a case system would. */
public final class Feed {

    public static final String PATH = "/api/v1/events";
    public static final String MEDIA_TYPE = "application/cloudevents-batch+json";

    private Feed() {
    }

    public static String integrationOf(String... municipalities) {
        return TestTokens.user("case-system-" + String.join("-", municipalities))
                .roles(Roles.INTEGRATION).municipalities(municipalities).bearer();
    }

    /** The feed after the cursor (or from its start when null), with further query parameters. */
    public static Response after(String bearer, String cursor, Map<String, ?> query) {
        RequestSpecification request = given().header("Authorization", bearer).accept(MEDIA_TYPE).queryParams(query);
        if (cursor != null) {
            request.queryParam("after", cursor);
        }
        return request.get(PATH);
    }

    /** The cursor of the last event positioned so far: a client starting there sees only what follows. */
    public static String head(TestDatabase db) {
        return String.format("%019d", db.count("select last_position from outbox_feed"));
    }

    /** The events of one answer, as maps. */
    public static List<Map<String, Object>> events(Response response) {
        return response.jsonPath().getList("$");
    }
}
