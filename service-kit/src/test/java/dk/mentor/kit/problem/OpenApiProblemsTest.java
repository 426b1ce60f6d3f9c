package dk.mentor.kit.problem;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.testing.contract.OpenApiContract;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The kit's OpenAPI filter documents each operation's problem responses from the operation's shape. */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class OpenApiProblemsTest {

    private static JsonNode document() throws Exception {
        return new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    }

    private static Set<String> codes(JsonNode doc, String path, String method) {
        Set<String> codes = new TreeSet<>();
        doc.path("paths").path(path).path(method).path("responses").fieldNames().forEachRemaining(codes::add);
        return codes;
    }

    @Test
    void shouldGiveEveryClientErrorOfEveryOperationAProblemBody() throws Exception {
        JsonNode doc = document();

        assertTrue(doc.path("paths").size() > 5, "the test application's operations are documented");
        assertEquals(List.of(), OpenApiContract.clientErrorsWithoutProblemBody(doc));
        assertEquals("object", doc.path("components").path("schemas").path("Problem").path("type").asText());
    }

    @Test
    void shouldDeclareWhatAnOperationsShapeAllows() throws Exception {
        JsonNode doc = document();

        assertEquals(Set.of("200", "400", "401", "403", "414"), codes(doc, "/api/v1/probes", "get"));
        assertEquals(Set.of("200", "400", "401", "403", "404"), codes(doc, "/api/v1/probes/{id}", "get"));
        assertEquals(Set.of("200", "400", "401", "403", "404", "409", "413", "415", "422"),
                codes(doc, "/api/v1/probes/rule", "post"));
        assertEquals(Set.of("200", "400", "401", "403", "404", "409", "412", "413", "415", "422", "428"),
                codes(doc, "/api/v1/probes/{id}", "put"));
        assertEquals("The caller's role does not allow this operation",
                doc.path("paths").path("/api/v1/probes").path("get").path("responses").path("403").path("description").asText(),
                "the suite's wording replaces the framework's");
    }
}
