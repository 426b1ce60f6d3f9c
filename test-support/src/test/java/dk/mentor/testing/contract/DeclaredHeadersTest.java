package dk.mentor.testing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.testing.contract.fixture.LedgerResource;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A header a resource method reads must be declared on its operation. */
class DeclaredHeadersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldFindTheResourcesOfAPackage() {
        assertEquals(List.of(LedgerResource.class), DeclaredHeaders.resources(LedgerResource.class.getPackageName()));
    }

    @Test
    void shouldPassWhenEveryHeaderIsDeclaredDirectlyOrByReference() throws IOException {
        JsonNode doc = JSON.readTree("""
                {"components": {"parameters": {"IdempotencyKey": {"name": "Idempotency-Key", "in": "header"}}},
                 "paths": {"/lines": {
                   "post": {"operationId": "postLine", "parameters": [{"$ref": "#/components/parameters/IdempotencyKey"}]},
                   "put": {"operationId": "changeLine", "parameters": [{"name": "If-Match", "in": "header"}]},
                   "get": {"operationId": "listLines"}}}}""");
        assertEquals(List.of(), DeclaredHeaders.undeclared(doc, List.of(LedgerResource.class)));
    }

    @Test
    void shouldFailAnUndeclaredIdempotencyKeyOrIfMatch() throws IOException {
        JsonNode doc = JSON.readTree("""
                {"paths": {"/lines": {
                   "post": {"operationId": "postLine"},
                   "put": {"operationId": "changeLine", "parameters": [{"name": "If-Match", "in": "query"}]}}}}""");
        assertEquals(List.of("LedgerResource.change: takes If-Match, but it is not declared",
                        "LedgerResource.list: no operation in the document has its operationId",
                        "LedgerResource.post: @Idempotent, but Idempotency-Key is not declared"),
                DeclaredHeaders.undeclared(doc, List.of(LedgerResource.class)).stream().sorted().toList());
    }
}
