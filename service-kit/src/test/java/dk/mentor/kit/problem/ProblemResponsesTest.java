package dk.mentor.kit.problem;

import static dk.mentor.kit.support.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.kit.support.Widgets;
import dk.mentor.kit.testapp.FaultResource;
import dk.mentor.testing.infra.TestInfraResource;
import dk.mentor.testing.tokens.TestTokens;
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

@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class ProblemResponsesTest {

    private final String coordinator = Widgets.coordinatorOf("0751");

    @Test
    void shouldAnswerMalformedJsonWith400MalformedRequest() {
        Response response = given().header("Authorization", coordinator).contentType(ContentType.JSON)
                .body("{\"name\": \"half a widget\", ").post(Widgets.PATH);

        assertProblem(response, 400, "malformed-request", Widgets.PATH);
        assertTrue(response.jsonPath().getString("detail").startsWith("The request body is not valid JSON"),
                response.asString());
    }

    @Test
    void shouldAnswerAWrongJsonTypeWith400ValidationFailedNamingTheField() {
        Response response = given().header("Authorization", coordinator).contentType(ContentType.JSON)
                .body("{\"name\": \"w\", \"quantity\": \"lots\", \"municipality\": \"0751\"}").post(Widgets.PATH);

        JsonPath body = assertProblem(response, 400, "validation-failed", Widgets.PATH);
        assertEquals(List.of("quantity"), body.getList("errors.field"));
        assertFalse(response.asString().contains("lots"), "the rejected value is not echoed");
    }

    @Test
    void shouldListEveryBeanValidationFailureByPlainFieldName() {
        Response response = Widgets.post(coordinator, Map.of("name", " ", "quantity", -1, "municipality", "Aarhus"));

        JsonPath body = assertProblem(response, 400, "validation-failed", Widgets.PATH);
        assertEquals(List.of("municipality", "name", "quantity"), body.getList("errors.field"));
        body.getList("errors.message", String.class).forEach(message -> assertFalse(message.isBlank()));
    }

    @Test
    void shouldAnswerAnUnknownIdWith404NotFound() {
        String path = Widgets.PATH + "/" + UUID.randomUUID();
        Response response = given().header("Authorization", coordinator).get(path);

        assertProblem(response, 404, "not-found", path);
    }

    @Test
    void shouldAnswerAConflictWith409() {
        String name = Widgets.uniqueName();
        Map<String, Object> widget = Map.of("name", name, "quantity", 1, "municipality", "0751");
        Widgets.post(coordinator, widget).then().statusCode(201);

        assertProblem(Widgets.post(coordinator, widget), 409, "conflict", Widgets.PATH);
    }

    @Test
    void shouldAnswerABrokenBusinessRuleWith422() {
        Response response = Widgets.post(coordinator, Map.of("name", Widgets.uniqueName(), "quantity", 1_001, "municipality", "0751"));

        JsonPath body = assertProblem(response, 422, "rule-violated", Widgets.PATH);
        assertTrue(body.getString("detail").contains("at most 1000"), body.getString("detail"));
    }

    @Test
    void shouldAnswerAStaleIfMatchWith412AndLeaveTheWidgetUnchanged() {
        String id = Widgets.create("0751");
        Widgets.change(coordinator, id, "\"0\"", "first change", 2).then().statusCode(200).header("ETag", "\"1\"");

        Response stale = Widgets.change(coordinator, id, "\"0\"", "lost update", 3);

        assertProblem(stale, 412, "stale-write", Widgets.PATH + "/" + id);
        given().header("Authorization", coordinator).get(Widgets.PATH + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"");
        assertEquals("first change", given().header("Authorization", coordinator).get(Widgets.PATH + "/" + id)
                .jsonPath().getString("name"));
    }

    @Test
    void shouldAnswerAMissingIfMatchWith428() {
        String id = Widgets.create("0751");

        assertProblem(Widgets.change(coordinator, id, null, "blind write", 2), 428, "precondition-required",
                Widgets.PATH + "/" + id);
    }

    @Test
    void shouldAnswerAnUnknownPathWith404Problem() {
        Response response = given().header("Authorization", coordinator).get("/api/v1/no-such-things");

        assertProblem(response, 404, "not-found", "/api/v1/no-such-things");
    }

    @Test
    void shouldAnswerAWrongMethodWith405Problem() {
        String path = Widgets.PATH + "/" + UUID.randomUUID();
        Response response = given().header("Authorization", coordinator).delete(path);

        assertProblem(response, 405, "method-not-allowed", path);
    }

    @Test
    void shouldAnswerAnUnsupportedMediaTypeWith415Problem() {
        Response response = given().header("Authorization", coordinator).contentType(ContentType.TEXT)
                .body("name=widget").post(Widgets.PATH);

        assertProblem(response, 415, "unsupported-media-type", Widgets.PATH);
    }

    @Test
    void shouldHideEverythingAboutAnUnexpectedExceptionButAnErrorId() {
        Response response = given().header("Authorization", TestTokens.user("anyone").bearer())
                .get("/api/v1/faults/unexpected");

        JsonPath body = assertProblem(response, 500, "internal-error", "/api/v1/faults/unexpected");
        String text = response.asString();
        assertFalse(text.contains("secret-host-42"), "no exception message");
        assertFalse(text.contains("hunter2"), "no exception message");
        assertFalse(text.contains(FaultResource.SECRET), "no exception message");
        assertFalse(text.contains("IllegalState") || text.contains("NullPointer"), "no exception class");
        assertTrue(body.getString("detail").matches(".*error id [0-9a-f-]{36}$"), body.getString("detail"));
        assertNull(body.get("errors"));
    }

    @Test
    void shouldAnswerAUniqueViolationFromARaceWith409() {
        String path = "/api/v1/faults/duplicate-key";

        assertProblem(given().header("Authorization", coordinator).post(path), 409, "conflict", path);
    }

    @Test
    void shouldAnswerAnUncheckedConstraintWith422AndApplyNothing() {
        String path = "/api/v1/faults/dangling-reference";

        assertProblem(given().header("Authorization", coordinator).post(path), 422, "rule-violated", path);
    }
}
