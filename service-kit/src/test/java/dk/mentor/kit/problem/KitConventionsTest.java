package dk.mentor.kit.problem;

import static dk.mentor.kit.support.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.kit.support.Widgets;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What every service gets from the kit: typed parameters answered 400 by name, and domain refusals as problems. */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class KitConventionsTest {

    private static final String PROBES = "/api/v1/probes";
    private final String caller = Widgets.coordinatorOf("0751");

    @Test
    void shouldConvertTypedQueryParameters() {
        String id = UUID.randomUUID().toString();
        Map<String, String> echo = given().header("Authorization", caller)
                .queryParam("kind", " volunteer ").queryParam("from", "2026-12-03").queryParam("at", "09:30")
                .queryParam("count", "7").queryParam("amount", "12.50").queryParam("id", id)
                .get(PROBES).then().statusCode(200).extract().as(Map.class);

        assertEquals(Map.of("kind", "VOLUNTEER", "from", "2026-12-03", "at", "09:30", "count", "7",
                "amount", "12.50", "id", id), echo);
    }

    @ParameterizedTest
    @CsvSource({"kind,PILOT,must be one of", "from,03-12-2026,must be a date", "at,25:99,must be a time of day",
            "count,abc,must be a whole number", "count,99999999999,must be a whole number", "amount,1e,must be a number",
            "id,1-2-3-4-5,must be a UUID"})
    void shouldAnswerABadQueryValueWith400NamingTheParameter(String name, String value, String message) {
        Response response = given().header("Authorization", caller).queryParam(name, value).get(PROBES);

        JsonPath body = assertProblem(response, 400, "validation-failed", PROBES);
        assertEquals(List.of(name), body.getList("errors.field"));
        assertTrue(body.getString("errors[0].message").startsWith(message), response.asString());
    }

    @Test
    void shouldAnswerABadPathValueWith400NotWith404() {
        Response response = given().header("Authorization", caller).get(PROBES + "/not-a-uuid");

        JsonPath body = assertProblem(response, 400, "validation-failed", PROBES + "/not-a-uuid");
        assertEquals(List.of("id"), body.getList("errors.field"));
    }

    @Test
    void shouldAnswerARuleViolationWith422AndItsFieldIssues() {
        Response response = given().header("Authorization", caller).contentType(ContentType.JSON)
                .body(Map.of("text", "weather")).post(PROBES + "/rule");

        JsonPath body = assertProblem(response, 422, "rule-violated", PROBES + "/rule");
        assertEquals("A note must not be about weather", body.getString("detail"));
        assertEquals(List.of("text"), body.getList("errors.field"));
    }

    @Test
    void shouldAnswerAStateConflictWith409() {
        String path = PROBES + "/" + UUID.randomUUID();
        Response response = given().header("Authorization", caller).contentType(ContentType.JSON)
                .body(Map.of("text", "x")).put(path);

        assertProblem(response, 409, "conflict", path);
    }
}
