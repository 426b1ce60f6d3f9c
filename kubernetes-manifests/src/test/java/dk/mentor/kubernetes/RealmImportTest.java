package dk.mentor.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The production realm of the KeycloakRealmImport: the local realm (deploy/keycloak, which the
 * tests run against a real Keycloak) without demo users, the password-grant client and dev secrets.
 */
class RealmImportTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("^\\$\\{([A-Z0-9_]+)}$");

    @Test
    void noDemoUserAndNoPasswordGrant() {
        JsonNode realm = productionImport().path("spec").path("realm");

        realm.path("users").forEach(user -> assertTrue(user.path("username").asText().startsWith("service-account-"),
                user.path("username").asText()));
        realm.path("clients").forEach(client -> {
            assertFalse(client.path("directAccessGrantsEnabled").asBoolean(), client.path("clientId").asText());
            assertFalse(client.path("clientId").asText().equals("mentor-dev-cli"));
        });
    }

    @Test
    void everyClientSecretComesFromTheSecretWithoutADevDefault() {
        JsonNode spec = productionImport().path("spec");
        Set<String> used = new TreeSet<>();
        for (JsonNode client : spec.path("realm").path("clients")) {
            if (client.has("secret")) {
                Matcher placeholder = PLACEHOLDER.matcher(client.path("secret").asText());
                assertTrue(placeholder.matches(), client.path("clientId") + ": " + client.path("secret"));
                used.add(placeholder.group(1));
                assertEquals("mentor-realm-clients", spec.path("placeholders").path(placeholder.group(1)).path("secret").path("name").asText());
            }
        }
        assertEquals(used, fieldNames(spec.path("placeholders")));
    }

    @Test
    void theDashboardRedirectsOnlyToItsPublicHttpsAddress() {
        JsonNode dashboard = client(productionImport().path("spec").path("realm"), "mentor-dashboard");

        dashboard.path("redirectUris").forEach(uri -> assertTrue(uri.asText().startsWith("https://"), uri.asText()));
        assertTrue(dashboard.path("rootUrl").asText().startsWith("https://"));
    }

    /** Apart from the changes above, the production realm is the local one: same roles, clients, mappers, profile. */
    @Test
    void everythingElseIsTheLocalRealm() throws IOException {
        JsonNode local = new ObjectMapper().readTree(Repo.root().resolve("deploy/keycloak/mentor-realm.json").toFile());
        JsonNode production = productionImport().path("spec").path("realm");

        assertEquals(comparable(local), comparable(production));
        assertEquals("mentor-keycloak", productionImport().path("spec").path("keycloakCRName").asText());
    }

    /** The realm without what production changes on purpose (checked by the tests above). */
    private static JsonNode comparable(JsonNode realm) {
        ObjectNode copy = realm.deepCopy();
        ArrayNode users = copy.putArray("users");
        realm.path("users").forEach(user -> {
            if (user.path("username").asText().startsWith("service-account-")) {
                users.add(user);
            }
        });
        ArrayNode clients = copy.putArray("clients");
        for (JsonNode client : realm.path("clients")) {
            if (!client.path("clientId").asText().equals("mentor-dev-cli")) {
                ObjectNode kept = clients.addObject().setAll((ObjectNode) client.deepCopy());
                kept.remove(java.util.List.of("secret", "rootUrl", "redirectUris", "directAccessGrantsEnabled"));
            }
        }
        return copy;
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> fields = node.fieldNames(); fields.hasNext();) {
            names.add(fields.next());
        }
        return names;
    }

    private static JsonNode productionImport() {
        return Overlays.render(Repo.kubernetes().resolve("overlays/production")).stream()
                .filter(d -> d.kind().equals("KeycloakRealmImport")).findFirst().orElseThrow().tree();
    }
}
