package dk.mentor.testing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The 3.0 variant says in 3.0 what the 3.1 document says, and a 3.0 parser reads it without a word. */
class OpenApi30Test {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String DOCUMENT = """
            {"openapi": "3.1.0", "info": {"title": "T", "version": "1", "summary": "s"},
             "paths": {"/a": {"get": {"operationId": "getA", "parameters": [{"name": "n", "in": "query",
                 "schema": {"type": ["integer", "null"], "exclusiveMinimum": 0}}],
               "responses": {"200": {"description": "ok", "content": {"application/json": {
                 "schema": {"$ref": "#/components/schemas/A"}}}}}}}},
             "components": {"schemas": {"A": {"type": "object", "properties": {
                 "kind": {"const": "A", "examples": ["A"]},
                 "ref": {"$ref": "#/components/schemas/B", "description": "dropped in 3.0"},
                 "maybe": {"anyOf": [{"$ref": "#/components/schemas/B"}, {"type": "null"}]}}},
               "B": {"type": "string", "examples": ["b"], "$comment": "3.1 only"}}}}""";

    @Test
    void shouldSayIn30WhatThe31DocumentSays() throws IOException {
        JsonNode converted = OpenApi30.convert(JSON.readTree(DOCUMENT));

        assertEquals("3.0.3", converted.path("openapi").asText());
        assertFalse(converted.path("info").has("summary"));
        JsonNode n = converted.at("/paths/~1a/get/parameters/0/schema");
        assertEquals("integer", n.path("type").asText());
        assertTrue(n.path("nullable").asBoolean());
        assertEquals(0, n.path("minimum").asInt());
        assertTrue(n.path("exclusiveMinimum").asBoolean());
        JsonNode a = converted.at("/components/schemas/A/properties");
        assertEquals("[\"A\"]", a.path("kind").path("enum").toString());
        assertEquals("A", a.path("kind").path("example").asText());
        assertFalse(a.path("kind").has("examples"));
        assertEquals(1, a.path("ref").size(), "a reference keeps no siblings");
        assertTrue(a.path("maybe").path("nullable").asBoolean());
        assertEquals(1, a.path("maybe").path("anyOf").size());
        assertFalse(converted.at("/components/schemas/B").has("$comment"));
    }

    @Test
    void shouldBeReadAs30WithoutMessages() throws IOException {
        String converted = JSON.writeValueAsString(OpenApi30.convert(JSON.readTree(DOCUMENT)));
        assertEquals(java.util.List.of(), OpenApi30.parserMessages(converted));
    }

    @Test
    void shouldReportWhatA30ParserRefuses() throws IOException {
        JsonNode broken = OpenApi30.convert(JSON.readTree(DOCUMENT));
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.at("/paths/~1a/get/parameters/0")).remove("in");
        assertFalse(OpenApi30.parserMessages(JSON.writeValueAsString(broken)).isEmpty());
    }
}
