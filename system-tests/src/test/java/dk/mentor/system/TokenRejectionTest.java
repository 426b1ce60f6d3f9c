package dk.mentor.system;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * Every kind of bad credential, against every packaged service and the real Keycloak: each is
 * answered 401 with the unauthenticated problem and a bearer challenge, and decided by the service
 * alone; no token is sent to Keycloak for introspection.
 */
class TokenRejectionTest extends SuiteTest {

    private static final String UNAUTHENTICATED = "https://mentor.example/problems/unauthenticated";

    private static LogMark keycloakLog;
    private static Map<String, LogMark> serviceLogs;
    private static Map<String, String> cases;

    @BeforeAll
    static void credentials() {
        keycloakLog = LogMark.at(suite.keycloak().log());
        serviceLogs = new LinkedHashMap<>();
        Suite.SERVICES.forEach(name -> serviceLogs.put(name, LogMark.at(suite.service(name).log())));
        cases = BadCredentials.create(suite);
    }

    @Test
    void shouldBeRealNearMissesOfAGoodToken() {
        String good = suite.token(BadCredentials.USER);
        assertThat("the issuer is back to normal", Tokens.claims(good).path("iss").asText(), equalTo(suite.keycloak().realmUrl()));
        String otherIssuer = bearerToken("wrong issuer, same keys");
        assertThat(Tokens.claims(otherIssuer).path("iss").asText(), not(equalTo(suite.keycloak().realmUrl())));
        assertThat("signed with the realm's own key", Tokens.header(otherIssuer).path("kid"), equalTo(Tokens.header(good).path("kid")));
        assertThat(Tokens.claims(bearerToken("another realm")).path("aud").toString(), equalTo("\"mentor-api\""));
        assertThat(Tokens.header(bearerToken("another realm")).path("kid"), not(equalTo(Tokens.header(good).path("kid"))));
        assertThat(Tokens.claims(bearerToken("not yet valid (nbf in an hour)")).path("nbf").asLong(),
                greaterThan(System.currentTimeMillis() / 1000 + 600));
        assertThat(Tokens.claims(bearerToken("expired")).path("exp").asLong(), lessThan(System.currentTimeMillis() / 1000));
        List<String> audience = new ArrayList<>();
        Tokens.claims(bearerToken("wrong audience")).path("aud").forEach(a -> audience.add(a.asText()));
        assertThat(audience, not(hasItem("mentor-api")));
        assertThat(Tokens.claims(bearerToken("wrong audience")).path("preferred_username").asText(), equalTo(BadCredentials.USER));
    }

    @Test
    void shouldAnswerEveryBadCredentialOnEveryServiceWith401ProblemAndBearerChallenge() {
        Map<String, Map<String, String>> table = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        String control = "good token (control)";
        table.put(control, row("Bearer " + suite.token(BadCredentials.USER), 200, wrong, control));
        cases.forEach((name, authorization) -> table.put(name, row(authorization, 401, wrong, name)));
        print(table);
        assertThat("cells that are not 401 problem+json with a Bearer challenge (control: 200)", wrong, empty());
    }

    @Test
    void shouldDecideEveryTokenLocallyWithoutIntrospectionOrErrors() {
        // the same requests as above, so this test also holds when it runs alone
        cases.values().forEach(authorization -> Suite.SERVICES.forEach(service -> call(service, authorization)));

        assertThat("Keycloak's access log works (it shows this test's own grants)",
                keycloakLog.linesSinceContaining("/protocol/openid-connect/token "), not(empty()));
        assertThat("no service asked Keycloak to introspect a token", keycloakLog.linesSinceContaining("/introspect"), empty());
        serviceLogs.forEach((service, mark) -> {
            assertThat(service + " never tried introspection", mark.linesSinceContaining("introspect"), empty());
            assertThat(service + " logged no error", mark.linesSinceContaining("\"level\":\"ERROR\""), empty());
        });
    }

    private static Map<String, String> row(String authorization, int expected, List<String> wrong, String name) {
        Map<String, String> row = new LinkedHashMap<>();
        for (String service : Suite.SERVICES) {
            Response response = call(service, authorization);
            String challenge = String.valueOf(response.header("WWW-Authenticate"));
            boolean ok = response.statusCode() == expected && (expected == 200
                    || (String.valueOf(response.contentType()).startsWith(MentorApi.PROBLEM_JSON)
                        && challenge.startsWith("Bearer")
                        && UNAUTHENTICATED.equals(response.jsonPath().getString("type"))
                        && response.jsonPath().getInt("status") == 401));
            row.put(service, response.statusCode() + (ok ? "" : " !"));
            if (!ok) {
                wrong.add(name + " @ " + service + ": " + response.statusCode() + " " + response.contentType()
                        + " challenge=" + challenge + " body=" + response.asString());
            }
        }
        return row;
    }

    private static Response call(String service, String authorization) {
        return given().baseUri(suite.service(service).baseUrl()).header("Authorization", authorization).get("/api/v1/me");
    }

    private static String bearerToken(String name) {
        String header = cases.get(name);
        assertThat(header, startsWith("Bearer "));
        return header.substring("Bearer ".length());
    }

    private static void print(Map<String, Map<String, String>> table) {
        StringBuilder out = new StringBuilder("===== token rejection: case x service -> status =====\n");
        out.append("%-34s".formatted("case"));
        Suite.SERVICES.forEach(s -> out.append("%-18s".formatted(s)));
        out.append('\n');
        table.forEach((name, row) -> {
            out.append("%-34s".formatted(name));
            row.values().forEach(status -> out.append("%-18s".formatted(status)));
            out.append('\n');
        });
        System.out.print(out);
        Figures.record("token rejection: cases x services answered 401", (table.size() - 1) + " x " + Suite.SERVICES.size());
    }
}
