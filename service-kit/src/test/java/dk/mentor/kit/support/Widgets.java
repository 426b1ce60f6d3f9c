package dk.mentor.kit.support;

import static io.restassured.RestAssured.given;

import dk.mentor.kit.access.Roles;
import dk.mentor.testing.tokens.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Drives the test application's widget API the way a client would. */
public final class Widgets {

    public static final String PATH = "/api/v1/widgets";

    private Widgets() {
    }

    public static String coordinatorOf(String... municipalities) {
        return TestTokens.user("coordinator-" + String.join("-", municipalities))
                .roles(Roles.COORDINATOR).municipalities(municipalities).bearer();
    }

    public static String uniqueName() {
        return "widget-" + UUID.randomUUID();
    }

    public static Response post(String bearer, Object body) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON).body(body).post(PATH);
    }

    /** Creates a widget owned by the municipality, shared with the others, and returns its id. */
    public static String create(String owner, String... sharedWith) {
        Response response = post(coordinatorOf(owner),
                Map.of("name", uniqueName(), "quantity", 1, "municipality", owner, "sharedWith", List.of(sharedWith)));
        if (response.statusCode() != 201) {
            throw new AssertionError("widget not created: " + response.statusCode() + " " + response.asString());
        }
        return response.jsonPath().getString("id");
    }

    public static Response change(String bearer, String id, String ifMatch, String name, int quantity) {
        var request = given().header("Authorization", bearer).contentType(ContentType.JSON)
                .body(Map.of("name", name, "quantity", quantity));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(PATH + "/" + id);
    }
}
