package dk.mentor.testing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule of a generator-grade document fails on a small hand-made document that breaks it. */
class DocumentRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String OAUTH2 = """
            "components": {"securitySchemes": {"oauth2": {"type": "oauth2", "description": "With PKCE (S256).",
              "flows": {"authorizationCode": {"authorizationUrl": "http://k/auth", "tokenUrl": "http://k/token", "scopes": {}},
                        "clientCredentials": {"tokenUrl": "http://k/token", "scopes": {}}}}}}""";

    @Test
    void shouldFailAnOperationWithoutOperationId() throws IOException {
        JsonNode doc = doc("""
                {"paths": {"/a": {"get": {"operationId": "listAs"}, "post": {"summary": "Add"}}}}""");
        assertEquals(List.of("POST /a: no operationId"), DocumentRules.operationIds(doc));
    }

    @Test
    void shouldFailADuplicateOrUnreadableOperationId() throws IOException {
        JsonNode doc = doc("""
                {"paths": {"/a": {"get": {"operationId": "getA"}}, "/b": {"get": {"operationId": "getA"},
                  "put": {"operationId": "api_v1_b_put"}}}}""");
        List<String> problems = DocumentRules.operationIds(doc);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("getA also names GET /a"), problems.toString());
        assertTrue(problems.get(1).contains("not lowerCamelCase"), problems.toString());
    }

    @Test
    void shouldFailASchemaNameEndingInADigit() throws IOException {
        JsonNode doc = doc("""
                {"components": {"schemas": {"Kind": {"type": "string"}, "Kind1": {"type": "string"}}}}""");
        assertEquals(List.of("schema Kind1: the name ends in a digit; give it a meaningful one"),
                DocumentRules.schemaNames(doc));
    }

    @Test
    void shouldFailADocumentWithoutBothOAuth2Flows() throws IOException {
        JsonNode doc = doc("""
                {"components": {"securitySchemes": {"oauth2": {"type": "oauth2", "description": "PKCE",
                  "flows": {"clientCredentials": {"tokenUrl": "http://k/token", "scopes": {}}}}}},
                 "paths": {"/a": {"get": {"security": [{"oauth2": []}], "x-roles": ["auditor"]}}}}""");
        List<String> problems = DocumentRules.security(doc);
        assertTrue(problems.contains("no oauth2 security scheme with the authorizationCode (PKCE) and clientCredentials flows"),
                problems.toString());
    }

    @Test
    void shouldFailAnOperationWithoutRolesOrWithRolesAsScopes() throws IOException {
        JsonNode doc = doc("{" + OAUTH2 + """
                , "paths": {"/a": {"get": {"security": [{"oauth2": []}]},
                                   "post": {"security": [{"oauth2": ["coordinator"]}], "x-roles": ["coordinator"]},
                                   "put": {"x-roles": ["coordinator"]}}}}""");
        assertEquals(List.of("GET /a: no x-roles",
                "POST /a: asks for scopes [\"coordinator\"]; realm roles belong in x-roles",
                "PUT /a: no security requirement"), DocumentRules.security(doc));
    }

    @Test
    void shouldPassAnOperationWithTheSchemeAndRoles() throws IOException {
        JsonNode doc = doc("{" + OAUTH2 + """
                , "paths": {"/a": {"get": {"security": [{"oauth2": []}], "x-roles": ["auditor"]}}}}""");
        assertEquals(List.of(), DocumentRules.security(doc));
    }

    @Test
    void shouldFailJavaOnlyPatterns() throws IOException {
        JsonNode doc = doc("""
                {"components": {"schemas": {"W": {"type": "object", "properties": {
                  "a": {"type": "string", "pattern": "(?i)monday"},
                  "b": {"type": "string", "pattern": "\\\\p{javaLetter}+"},
                  "c": {"type": "string", "pattern": "\\\\p{Alpha}+"},
                  "d": {"type": "string", "pattern": "[0-9]++"},
                  "e": {"type": "string", "pattern": "\\\\Aabc\\\\z"},
                  "f": {"type": "string", "pattern": "^(?:[0-9]{4})\\\\S$"}}}}}}""");
        List<String> problems = EcmaPatterns.javaOnly(doc);
        assertEquals(5, problems.size(), problems.toString());
        assertTrue(problems.stream().noneMatch(p -> p.contains("/f")), problems.toString());
    }

    @Test
    void shouldFailAnExampleThatBreaksItsSchema() throws IOException {
        JsonNode doc = doc("""
                {"components": {"schemas": {"Code": {"type": "string", "pattern": "^[0-9]{4}$"},
                  "M": {"type": "object", "properties": {
                    "code": {"$ref": "#/components/schemas/Code", "examples": ["751"]},
                    "on": {"type": "string", "format": "date", "examples": ["null"]},
                    "fine": {"type": "string", "format": "date", "examples": ["2027-01-31"]}}}}},
                 "paths": {"/a": {"get": {"parameters": [{"name": "m", "in": "query", "example": 751,
                    "schema": {"type": "array", "items": {"type": "string"}}}],
                   "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Code"},
                     "examples": {"one": {"value": "0751"}, "bad": {"value": "x"}}}}}}}}}}""");
        List<String> problems = Examples.failing(doc);
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("/components/schemas/M/properties/code/examples/0"), problems.toString());
        assertTrue(problems.get(1).startsWith("/components/schemas/M/properties/on/examples/0"), problems.toString());
        assertTrue(problems.get(2).startsWith("/paths//a/get/parameters/0/example"), problems.toString());
        assertTrue(problems.get(3).contains("/examples/bad"), problems.toString());
    }

    private static JsonNode doc(String json) throws IOException {
        return JSON.readTree(json);
    }
}
