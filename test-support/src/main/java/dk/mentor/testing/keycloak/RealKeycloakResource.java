package dk.mentor.testing.keycloak;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points a service under test at a real Keycloak with the mentor realm, so a test proves the realm
 * file (roles, municipality claim, audience) together with the service's token validation.
 *
 * <pre>
 * &#64;QuarkusTest
 * &#64;WithTestResource(RealKeycloakResource.class)
 * class MeResourceWithKeycloakTest {
 *     &#64;InjectKeycloak
 *     KeycloakServer keycloak;
 *
 *     &#64;Test
 *     void shouldAnswerForTheCoordinatorsMunicipality() {
 *         given().auth().oauth2(keycloak.token("coordinator-aarhus")).get("/api/v1/me").then().statusCode(200);
 *     }
 * }
 * </pre>
 *
 * One server per test JVM: Quarkus may restart the application, and with it this resource, several
 * times in a run, and Keycloak needs 15-60 s to start. The first start creates it; the server's
 * shutdown hook stops it (the whole process tree) when the JVM ends.
 */
public class RealKeycloakResource implements QuarkusTestResourceLifecycleManager {

    private static KeycloakServer shared;

    /** The JVM's server, started on first use. Also usable outside Quarkus tests. */
    public static synchronized KeycloakServer server() {
        if (shared == null) {
            shared = KeycloakServer.start();
        }
        return shared;
    }

    @Override
    public Map<String, String> start() {
        KeycloakServer keycloak = server();
        return Map.of(
                "quarkus.oidc.tenant-enabled", "true",
                "quarkus.oidc.auth-server-url", keycloak.realmUrl(),
                "quarkus.oidc.token.audience", KeycloakServer.AUDIENCE,
                "mentor.keycloak.url", keycloak.baseUrl());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server(),
                new TestInjector.AnnotatedAndMatchesType(InjectKeycloak.class, KeycloakServer.class));
    }

    @Override
    public void stop() {
        // shared by every test of the JVM; stopped by the server's shutdown hook
    }
}
