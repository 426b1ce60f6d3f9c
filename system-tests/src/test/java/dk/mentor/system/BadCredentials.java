package dk.mentor.system;

import dk.mentor.testing.keycloak.KeycloakAdmin;
import dk.mentor.testing.keycloak.KeycloakServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Authorization headers a service must refuse, each a near miss of a good one: real tokens from the
 * suite's Keycloak that are wrong in exactly one respect, forgeries of a good token, and things that
 * are no bearer token at all. The realm and clients they need are made through the admin API, so the
 * mentor realm file stays as production knows it.
 */
final class BadCredentials {

    static final String USER = "coordinator-aarhus";
    private static final String PASSWORD = "demo";
    private static final String REALM = "mentor";
    private static final String OTHER_REALM = "elsewhere";
    private static final String DEV_CLI = "mentor-dev-cli";
    private static final String SHORT_LIVED = "test-short-lived";
    private static final String NOT_YET_VALID = "test-not-yet-valid";
    private static final String NO_AUDIENCE = "test-no-audience";

    private BadCredentials() {
    }

    /** Case name → Authorization header, in a stable order. */
    static Map<String, String> create(Suite suite) {
        KeycloakServer keycloak = suite.keycloak();
        KeycloakAdmin admin = keycloak.admin();
        admin.post("/admin/realms/" + REALM + "/clients", passwordClient(SHORT_LIVED, true,
                Map.of("access.token.lifespan", "1"), List.of()));
        admin.post("/admin/realms/" + REALM + "/clients", passwordClient(NOT_YET_VALID, true, Map.of(),
                List.of(claim("nbf", Long.toString(Instant.now().plus(Duration.ofHours(1)).getEpochSecond()), "long"))));
        admin.post("/admin/realms/" + REALM + "/clients", passwordClient(NO_AUDIENCE, false, Map.of(), List.of()));
        admin.post("/admin/realms", otherRealm());

        String good = suite.token(USER);
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("expired", bearer(expired(keycloak)));
        cases.put("not yet valid (nbf in an hour)", bearer(keycloak.token(REALM, NOT_YET_VALID, USER, PASSWORD)));
        cases.put("wrong issuer, same keys", bearer(fromOtherHostName(keycloak, admin)));
        cases.put("another realm", bearer(keycloak.token(OTHER_REALM, DEV_CLI, USER, PASSWORD)));
        cases.put("wrong audience", bearer(keycloak.token(REALM, NO_AUDIENCE, USER, PASSWORD)));
        cases.put("alg none, no signature", bearer(Tokens.unsigned(good)));
        cases.put("tampered payload (role admin)", bearer(Tokens.withTamperedClaims(good,
                claims -> claims.withObject("realm_access").putArray("roles").add("admin"))));
        cases.put("tampered signature", bearer(Tokens.withTamperedSignature(good)));
        cases.put("not a JWT", bearer("opaque-" + UUID.randomUUID()));
        cases.put("Basic credentials", "Basic " + Base64.getEncoder().encodeToString(
                (USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        return cases;
    }

    /** A token of a client whose tokens live one second, used once that second is over. */
    private static String expired(KeycloakServer keycloak) {
        String token = keycloak.token(REALM, SHORT_LIVED, USER, PASSWORD);
        long exp = Tokens.claims(token).path("exp").asLong();
        await("token expiry").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> Instant.now().getEpochSecond() > exp + 1);
        return token;
    }

    /**
     * A real token whose issuer names the server by another host name. The mentor realm's frontend URL
     * is pointed at "localhost" just for this one grant, so the token is signed with the realm's own key
     * and differs from a good one only in "iss".
     */
    private static String fromOtherHostName(KeycloakServer keycloak, KeycloakAdmin admin) {
        String otherBase = keycloak.baseUrl().replace("127.0.0.1", "localhost");
        admin.put("/admin/realms/" + REALM, Map.of("attributes", Map.of("frontendUrl", otherBase)));
        try {
            return keycloak.token(REALM, DEV_CLI, USER, PASSWORD);
        } finally {
            admin.put("/admin/realms/" + REALM, Map.of("attributes", Map.of("frontendUrl", "")));
        }
    }

    /** A realm like mentor in all the services look at (user, role, audience, municipality), but not mentor. */
    private static Map<String, Object> otherRealm() {
        Map<String, Object> user = Map.of("username", USER, "enabled", true, "emailVerified", true,
                "email", USER + "@example.test", "firstName", "Anne", "lastName", "Kristensen",
                "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false)),
                "realmRoles", List.of("coordinator"));
        return Map.of("realm", OTHER_REALM, "enabled", true,
                "roles", Map.of("realm", List.of(Map.of("name", "coordinator"))),
                "users", List.of(user),
                "clients", List.of(passwordClient(DEV_CLI, true, Map.of(), List.of(claim("municipality", "0751", "String")))));
    }

    private static Map<String, Object> passwordClient(String clientId, boolean audience, Map<String, String> attributes,
                                                      List<Map<String, Object>> extraMappers) {
        List<Map<String, Object>> mappers = new ArrayList<>(extraMappers);
        mappers.add(mapper("municipality", "oidc-usermodel-attribute-mapper", Map.of("user.attribute", "municipality",
                "claim.name", "municipality", "jsonType.label", "String", "multivalued", "true", "access.token.claim", "true")));
        if (audience) {
            mappers.add(mapper("mentor-api-audience", "oidc-audience-mapper",
                    Map.of("included.custom.audience", "mentor-api", "access.token.claim", "true")));
        }
        return Map.of("clientId", clientId, "enabled", true, "protocol", "openid-connect", "publicClient", true,
                "standardFlowEnabled", false, "directAccessGrantsEnabled", true, "fullScopeAllowed", true,
                "attributes", attributes, "protocolMappers", mappers);
    }

    private static Map<String, Object> claim(String name, String value, String type) {
        return mapper(name + "-claim", "oidc-hardcoded-claim-mapper", Map.of("claim.name", name, "claim.value", value,
                "jsonType.label", type, "access.token.claim", "true"));
    }

    private static Map<String, Object> mapper(String name, String type, Map<String, String> config) {
        return Map.of("name", name, "protocol", "openid-connect", "protocolMapper", type, "config", config);
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }
}
