package dk.mentor.system;

import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

/**
 * Keycloak stops: the services check tokens against the realm keys they already hold, so every
 * token issued before keeps working and every service stays ready. The last test class of the run,
 * because it leaves Keycloak stopped (a restart would cost the run about half a minute).
 */
@Order(Integer.MAX_VALUE)
class KeycloakOutageTest extends SuiteTest {

    private static final List<String> USERS = List.of("coordinator-aarhus", "caseworker-aarhus", "auditor-kobenhavn");

    @Test
    void shouldKeepAcceptingIssuedTokensAndStayReadyWhileKeycloakIsDown() {
        Map<String, String> issued = new LinkedHashMap<>();
        USERS.forEach(user -> issued.put(user, suite.token(user)));
        issued.put("service-account-mentor-integration", suite.integrationToken());
        String unknownKey = Tokens.withKeyId(issued.get("coordinator-aarhus"), "no-such-key");

        Instant stopping = Instant.now();
        suite.keycloak().stop();
        Figures.record("Keycloak stop", Duration.between(stopping, Instant.now()).toMillis() + " ms");

        List<Long> unknownKeyMillis = new ArrayList<>();
        for (String service : Suite.SERVICES) {
            issued.forEach((user, token) -> given().baseUri(suite.service(service).baseUrl()).auth().oauth2(token)
                    .get("/api/v1/me")
                    .then().statusCode(200).body("username", equalTo(user)));
            given().baseUri(suite.service(service).baseUrl()).get("/q/health/ready")
                    .then().statusCode(200).body("status", equalTo("UP"));

            // a key the service does not hold cannot be fetched now; that is a quick 401, not an error or a hang
            Instant sent = Instant.now();
            Response refused = given().baseUri(suite.service(service).baseUrl()).auth().oauth2(unknownKey).get("/api/v1/me");
            unknownKeyMillis.add(Duration.between(sent, Instant.now()).toMillis());
            assertThat(service, refused.statusCode(), equalTo(401));
            assertThat(service, refused.contentType(), startsWith(MentorApi.PROBLEM_JSON));
            assertThat(service, unknownKeyMillis.get(unknownKeyMillis.size() - 1), lessThan(2000L));
        }
        // a write, too: nothing on the way needs Keycloak (with a token held, as the cache cannot renew one now)
        api.registerWith(issued.get("coordinator-aarhus"), "0751");
        Figures.record("unknown signing key while Keycloak is down (401)", Figures.p50p99(unknownKeyMillis));
    }
}
