package dk.mentor.kit.problem;

import static dk.mentor.kit.support.ProblemAssertions.TYPE_BASE;
import static dk.mentor.kit.support.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.mentor.kit.support.TestDatabase;
import dk.mentor.kit.support.Widgets;
import dk.mentor.kit.json.SafeText;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a careless integration or an attacker sends, each answered with a problem that names the
 * fault and changes nothing. Each case here once answered 500, an empty body or a wrong status.
 */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class HostileInputTest {

    private static final String PROBES = "/api/v1/probes";

    private final String coordinator = Widgets.coordinatorOf("0751");

    @Inject
    TestDatabase database;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    /** The JSON escapes are sent as they are: \\u0000 reaches the server as six characters, not a raw NUL. */
    @ParameterizedTest(name = "name {0}")
    @ValueSource(strings = {"nul \\u0000 in it", "bell \\u0007", "escape \\u001b[31m", "del \\u007f", "c1 \\u0085",
            "lone high \\ud800", "lone low \\udc00 first", "reversed \\udc00\\ud800"})
    void shouldRefuseUnsafeCharactersInABodyNamingTheFieldAndStoreNothing(String name) {
        long before = database.count("select count(*) from widget");

        Response response = given().header("Authorization", coordinator).contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\", \"quantity\": 1, \"municipality\": \"0751\"}").post(Widgets.PATH);

        JsonPath body = assertProblem(response, 400, "validation-failed", Widgets.PATH);
        assertEquals(List.of("name"), body.getList("errors.field"));
        assertEquals(List.of(SafeText.RULE), body.getList("errors.message"));
        assertEquals(before, database.count("select count(*) from widget"));
    }

    @Test
    void shouldAcceptLineBreaksTabsAndPairedSurrogatesInText() {
        Response response = given().header("Authorization", coordinator).contentType(ContentType.JSON)
                .body("{\"name\": \"two\\nlines\\tand \\ud83d\\ude00\", \"quantity\": 1, \"municipality\": \"0751\"}")
                .post(Widgets.PATH);

        assertEquals(201, response.statusCode(), response.asString());
        assertEquals("two\nlines\tand \uD83D\uDE00", response.jsonPath().getString("name"));
    }

    @ParameterizedTest(name = "on: {0}")
    @ValueSource(strings = {"19000", "2147483648", "-1", "\"2025-02-30\"", "\"03-12-2026\""})
    void shouldReadADateOnlyFromItsIsoText(String on) {
        Response response = given().header("Authorization", coordinator).contentType(ContentType.JSON)
                .body("{\"on\": " + on + "}").post(PROBES + "/dated");

        JsonPath body = assertProblem(response, 400, "validation-failed", PROBES + "/dated");
        assertEquals(List.of("on"), body.getList("errors.field"));
    }

    @Test
    void shouldReadAnIsoDate() {
        given().header("Authorization", coordinator).contentType(ContentType.JSON).body("{\"on\": \"2026-12-03\"}")
                .post(PROBES + "/dated")
                .then().statusCode(200).body("on", equalTo("2026-12-03"));
    }

    @ParameterizedTest(name = "path segment {0}")
    @ValueSource(strings = {"%00", "%1B", "abc%0Adef", "%C2%85", "%E2%82", "%ED%A0%80", "%FF"})
    void shouldRefuseControlCharactersOrBrokenEncodingInAPathSegment(String segment) {
        String path = Widgets.PATH + "/" + segment;
        Response response = given().urlEncodingEnabled(false).header("Authorization", coordinator).get(path);

        assertProblem(response, 400, "malformed-request", path);
    }

    @ParameterizedTest(name = "q={0}")
    @ValueSource(strings = {"%00", "a%07b", "%1b%5B31m"})
    void shouldRefuseControlCharactersInAQueryValue(String value) {
        Response response = given().urlEncodingEnabled(false).header("Authorization", coordinator)
                .get(PROBES + "/words?q=" + value);

        assertProblem(response, 400, "malformed-request", PROBES + "/words");
    }

    @Test
    void shouldStillReadPlusAndPercentEncodedTextInAQuery() {
        given().urlEncodingEnabled(false).header("Authorization", coordinator).get(PROBES + "/words?q=R%C3%B8de+Kors%2B")
                .then().statusCode(200);
    }

    @ParameterizedTest(name = "page={0} size={1}")
    @CsvSource({"-1, 20, page", "0, 100000, size", "0, 0, size", "0, abc, size", "x, 20, page", "1000001, 20, page",
            "99999999999, 20, page"})
    void shouldRefuseAPageOrSizeOutOfRangeNamingIt(String page, String size, String field) {
        Response response = given().header("Authorization", coordinator)
                .queryParam("page", page).queryParam("size", size).get(PROBES + "/pages");

        JsonPath body = assertProblem(response, 400, "validation-failed", PROBES + "/pages");
        assertEquals(List.of(field), body.getList("errors.field"));
    }

    @Test
    void shouldTakeDefaultsForMissingPagingAndTheLimitsThemselves() {
        given().header("Authorization", coordinator).get(PROBES + "/pages")
                .then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(20));
        given().header("Authorization", coordinator).queryParam("page", 1_000_000).queryParam("size", 200).get(PROBES + "/pages")
                .then().statusCode(200);
    }

    @Test
    void shouldAnswerAnOverlongUriWith414Problem() {
        String path = PROBES + "/words";
        Response response = given().header("Authorization", coordinator).queryParam("q", "x".repeat(20_000)).get(path);

        assertProblem(response, 414, "uri-too-long", path);
    }

    @Test
    void shouldAnswerOverlargeHeadersWith431Problem() {
        Response response = given().header("Authorization", coordinator).header("X-Padding", "p".repeat(30_000))
                .get(PROBES + "/words");

        assertProblem(response, 431, "headers-too-large", PROBES + "/words");
    }

    @Test
    void shouldAnswerAnOverlargeBodyWith413ProblemAndStoreNothing() throws Exception {
        long before = database.count("select count(*) from widget");
        String name = "x".repeat(11 * 1024 * 1024);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + Widgets.PATH))
                .header("Authorization", coordinator).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + name + "\", \"quantity\": 1, \"municipality\": \"0751\"}"))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(413, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonPath body = new JsonPath(response.body());
        assertEquals(TYPE_BASE + "payload-too-large", body.getString("type"));
        assertFalse(response.body().contains("Exception"));
        assertEquals(before, database.count("select count(*) from widget"));
    }
}
