package dk.mentor.testing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.testing.infra.SuiteRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/roles.md is what {@link RolesTable} makes of the kept OpenAPI documents. Run with
 * {@code -Droles.write=true} to accept a changed page, after reviewing the printed difference.
 */
class RolesTableTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldMatchThePageKeptInRepo() throws IOException {
        String generated = RolesTable.fromDirectory(SuiteRoot.dir().resolve(RolesTable.DOCUMENTS));
        Path kept = SuiteRoot.dir().resolve(RolesTable.PAGE);
        if (Boolean.getBoolean("roles.write")) {
            Files.writeString(kept, generated);
        }
        assertTrue(Files.exists(kept), "no " + kept + "; run the test with -Droles.write=true to create it");
        String page = Files.readString(kept);
        assertTrue(page.equals(generated), () -> RolesTable.PAGE + " differs from what RolesTable makes of "
                + RolesTable.DOCUMENTS + "/*.json (- kept, + generated); review it and run the test with"
                + " -Droles.write=true to update it:\n" + LineDiff.of(page, generated));
    }

    @Test
    void shouldExplainExactlyTheRolesOfTheRealm() throws IOException {
        JsonNode realm = JSON.readTree(SuiteRoot.file("deploy/keycloak/mentor-realm.json").toFile());
        List<String> realmRoles = new ArrayList<>();
        realm.path("roles").path("realm").forEach(role -> realmRoles.add(role.path("name").asText()));
        assertEquals(realmRoles, RoleLegend.roles());
    }

    @Test
    void shouldMarkOnlyTheRolesAnOperationNames() throws IOException {
        String page = RolesTable.render(Map.of("ledger", document("""
                {"/api/v1/lines": {"get": {"summary": "List lines | all",
                  "security": [{"oauth2": []}],
                  "x-roles": ["finance-officer", "auditor"]}}}""")));
        assertTrue(page.contains("| `GET /api/v1/lines` | List lines \\| all | | | | | ✓ | ✓ | | |\n"), page);
    }

    @Test
    void shouldMarkEveryRoleAnOperationListsAll() throws IOException {
        String page = RolesTable.render(Map.of("kit", document("""
                {"/api/v1/me": {"get": {"summary": "Who am I", "security": [{"oauth2": []}], "x-roles": ["coordinator",
                  "caseworker", "social-worker", "mentor", "finance-officer", "auditor", "admin", "integration"]}}}""")));
        assertTrue(page.contains("| `GET /api/v1/me` | Who am I | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ |\n"), page);
    }

    @Test
    void shouldRefuseAnOperationThatListsNoRoles() throws IOException {
        JsonNode doc = document("""
                {"/api/v1/x": {"get": {"summary": "X", "security": [{"oauth2": []}], "x-roles": []}}}""");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> RolesTable.render(Map.of("x", doc)));
        assertTrue(refused.getMessage().contains("GET /api/v1/x") && refused.getMessage().contains("x-roles"),
                refused.getMessage());
    }

    @Test
    void shouldOrderOperationsByPathThenMethod() throws IOException {
        String page = RolesTable.render(Map.of("plans", document("""
                {"/api/v1/plans/{id}": {"put": {"summary": "Revise", "security": [{"S": []}], "x-roles": ["caseworker"]},
                                        "get": {"summary": "Read", "security": [{"S": []}], "x-roles": ["caseworker"]}},
                 "/api/v1/plans": {"post": {"summary": "Open", "security": [{"S": []}], "x-roles": ["caseworker"]}}}""")));
        int open = page.indexOf("`POST /api/v1/plans`");
        int read = page.indexOf("`GET /api/v1/plans/{id}`");
        int revise = page.indexOf("`PUT /api/v1/plans/{id}`");
        assertTrue(open > 0 && open < read && read < revise, page);
    }

    @Test
    void shouldRefuseARoleTheRealmDoesNotHave() throws IOException {
        JsonNode doc = document("""
                {"/api/v1/x": {"get": {"summary": "X", "security": [{"oauth2": []}], "x-roles": ["citizen"]}}}""");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> RolesTable.render(Map.of("x", doc)));
        assertTrue(refused.getMessage().contains("GET /api/v1/x") && refused.getMessage().contains("citizen"),
                refused.getMessage());
    }

    @Test
    void shouldRefuseAnOperationOpenWithoutToken() throws IOException {
        JsonNode doc = document("""
                {"/api/v1/x": {"post": {"summary": "X"}}}""");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> RolesTable.render(Map.of("x", doc)));
        assertTrue(refused.getMessage().contains("POST /api/v1/x"), refused.getMessage());
    }

    @Test
    void shouldShowOnlyTheLinesThatDiffer() {
        assertEquals("-2: b\n+2: B\n+4: d", LineDiff.of("a\nb\nc\n", "a\nB\nc\nd\n"));
    }

    private static JsonNode document(String paths) throws IOException {
        return JSON.readTree("{\"paths\": " + paths + "}");
    }
}
