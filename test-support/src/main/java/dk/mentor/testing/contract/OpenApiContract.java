package dk.mentor.testing.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.mentor.testing.infra.SuiteRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document is part of the product (docs/architecture.md): complete, generator-grade, and
 * kept in the repo under docs/openapi/ (with its OpenAPI 3.0 variant under docs/openapi/3.0/) so a
 * change to the API shows up in review. Run the tests with {@code -Dopenapi.write=true} to accept a
 * changed document. The service's resource classes are those of the subclass's package.
 */
public abstract class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Test
    void shouldSummariseEveryOperationAndDescribeEveryField() throws IOException {
        JsonNode doc = document();
        List<String> missing = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey()) && op.getValue().path("summary").asText("").isBlank()) {
                missing.add(op.getKey().toUpperCase() + " " + path.getKey() + ": no summary");
            }
        }));
        doc.path("components").path("schemas").fields().forEachRemaining(schema ->
                schema.getValue().path("properties").fields().forEachRemaining(field -> {
                    if (field.getValue().path("description").asText("").isBlank()) {
                        missing.add("schema " + schema.getKey() + "." + field.getKey() + ": no description");
                    }
                }));
        assertTrue(missing.isEmpty(), "incomplete OpenAPI document:\n" + String.join("\n", missing));
    }

    @Test
    void shouldGiveEveryClientErrorAProblemBody() throws IOException {
        List<String> missing = clientErrorsWithoutProblemBody(document());
        assertTrue(missing.isEmpty(), "4xx responses without an application/problem+json body:\n"
                + String.join("\n", missing));
    }

    /** Every 4xx an operation declares, as "METHOD path code", whose body is not a problem. */
    public static List<String> clientErrorsWithoutProblemBody(JsonNode doc) {
        List<String> missing = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                op.getValue().path("responses").fields().forEachRemaining(response -> {
                    if (response.getKey().startsWith("4")
                            && response.getValue().path("content").path(PROBLEM_MEDIA_TYPE).isMissingNode()) {
                        missing.add(op.getKey().toUpperCase() + " " + path.getKey() + " " + response.getKey());
                    }
                });
            }
        }));
        return missing;
    }

    @Test
    void shouldNameEveryOperationOnce() throws IOException {
        assertKept("operations without a unique lowerCamelCase operationId", DocumentRules.operationIds(document()));
    }

    @Test
    void shouldDeclareTheOAuth2FlowsAndEveryOperationsRoles() throws IOException {
        assertKept("security", DocumentRules.security(document()));
    }

    @Test
    void shouldGiveSchemasMeaningfulNames() throws IOException {
        assertKept("schema names", DocumentRules.schemaNames(document()));
    }

    @Test
    void shouldWritePatternsEveryClientReads() throws IOException {
        assertKept("patterns only java.util.regex reads", EcmaPatterns.javaOnly(document()));
    }

    @Test
    void shouldGiveExamplesThatFitTheirSchemas() throws IOException {
        assertKept("examples failing their schema", Examples.failing(document()));
    }

    @Test
    void shouldDeclareTheHeadersTheResourcesRead() throws IOException {
        List<Class<?>> resources = DeclaredHeaders.resources(getClass().getPackageName());
        assertTrue(!resources.isEmpty(), "no resource classes in " + getClass().getPackageName());
        assertKept("undeclared request headers", DeclaredHeaders.undeclared(document(), resources));
    }

    @Test
    void shouldReadTheOpenApi30VariantAs30() throws IOException {
        String converted = write(OpenApi30.convert(document()));
        assertKept("what a 3.0 parser says of the 3.0 variant", OpenApi30.parserMessages(converted));
    }

    @Test
    void shouldMatchDocumentKeptInRepo() throws IOException {
        JsonNode document = document();
        String service = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        matchKept(service, SuiteRoot.dir().resolve("docs/openapi/" + service + ".json"), write(document));
        matchKept(service, SuiteRoot.dir().resolve("docs/openapi/3.0/" + service + ".json"),
                write(OpenApi30.convert(document)));
    }

    private static void matchKept(String service, Path kept, String current) throws IOException {
        if (Boolean.getBoolean("openapi.write")) {
            Files.createDirectories(kept.getParent());
            Files.writeString(kept, current);
        }
        assertTrue(Files.exists(kept), "no kept OpenAPI document at " + kept
                + "; run the tests with -Dopenapi.write=true to create it");
        assertEquals(Files.readString(kept), current, "the OpenAPI document of " + service
                + " changed; review it and run the tests with -Dopenapi.write=true to update " + kept);
    }

    private static String write(JsonNode document) throws IOException {
        return JSON.writeValueAsString(JSON.convertValue(document, Map.class)) + "\n";
    }

    private static void assertKept(String rule, List<String> problems) {
        assertTrue(problems.isEmpty(), rule + ":\n" + String.join("\n", problems));
    }

    private static JsonNode document() throws IOException {
        return JSON.readTree(given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    }
}
