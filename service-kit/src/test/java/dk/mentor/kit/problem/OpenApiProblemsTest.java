package dk.mentor.kit.problem;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The kit's OpenAPI filter documents each operation's problem responses from the operation's shape. */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class OpenApiProblemsTest {

    private static JsonPath document() {
        return new JsonPath(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    }

    private static Set<String> codes(JsonPath doc, String path, String method) {
        Map<String, Object> responses = doc.getMap("paths.'" + path + "'." + method + ".responses");
        return responses.keySet();
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldGiveEveryClientErrorOfEveryOperationAProblemBody() {
        JsonPath doc = document();
        List<String> missing = new ArrayList<>();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            if (path.startsWith("/api/") && responses != null) {
                responses.forEach((code, response) -> {
                    Map<String, Object> content = (Map<String, Object>) response.get("content");
                    if (code.startsWith("4") && (content == null || !content.containsKey(Problem.MEDIA_TYPE))) {
                        missing.add(method + " " + path + " " + code);
                    }
                });
            }
        }));
        assertFalse(paths.isEmpty());
        assertTrue(missing.isEmpty(), "4xx without a problem body: " + missing);
        assertEquals("object", doc.getString("components.schemas.Problem.type"));
    }

    @Test
    void shouldDeclareWhatAnOperationsShapeAllows() {
        JsonPath doc = document();
        assertEquals(Set.of("200", "400", "401", "403", "414"), codes(doc, "/api/v1/probes", "get"));
        assertEquals(Set.of("200", "400", "401", "403", "404"), codes(doc, "/api/v1/probes/{id}", "get"));
        assertEquals(Set.of("200", "400", "401", "403", "409", "413", "415", "422"), codes(doc, "/api/v1/probes/rule", "post"));
        assertEquals(Set.of("200", "400", "401", "403", "404", "409", "412", "413", "415", "422", "428"),
                codes(doc, "/api/v1/probes/{id}", "put"));
    }
}
