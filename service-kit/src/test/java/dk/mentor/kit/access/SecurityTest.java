package dk.mentor.kit.access;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.kit.support.ProblemAssertions;
import dk.mentor.kit.support.Widgets;
import dk.mentor.testing.infra.TestInfraResource;
import dk.mentor.testing.tokens.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class SecurityTest {

    @Test
    void shouldRejectApiCallsWithoutAToken() {
        for (String path : List.of("/api/v1/me", Widgets.PATH + "/" + UUID.randomUUID(), "/api/v1/dead-letters")) {
            Response response = given().get(path);
            ProblemAssertions.assertProblem(response, 401, "unauthenticated", path);
            assertEquals("Bearer", response.header("WWW-Authenticate"), path);
        }
    }

    @Test
    void shouldAnswerUnknownApiPathWithoutTokenAsNotFound() {
        // the check runs where the endpoint is known; a path that has none reveals no more than the OpenAPI document
        ProblemAssertions.assertProblem(given().get("/api/v1/no-such-things"), 404, "not-found", "/api/v1/no-such-things");
    }

    @Test
    void shouldRejectAGarbledToken() {
        assertUnauthenticated(given().header("Authorization", "Bearer not-a-jwt").get("/api/v1/me"));
    }

    @Test
    void shouldRejectAnExpiredToken() {
        assertUnauthenticated(given().header("Authorization", TestTokens.user("late").municipalities("0751").expired().bearer())
                .get("/api/v1/me"));
    }

    @Test
    void shouldRejectATokenSignedWithAnUnknownKey() {
        assertUnauthenticated(given().header("Authorization",
                TestTokens.user("forger").municipalities("0751").signedWithUnknownKey().bearer()).get("/api/v1/me"));
    }

    @Test
    void shouldRejectATokenForAnotherAudience() {
        assertUnauthenticated(given().header("Authorization",
                TestTokens.user("elsewhere").municipalities("0751").audience("other-api").bearer()).get("/api/v1/me"));
    }

    @Test
    void shouldRejectATokenFromAnotherIssuer() {
        assertUnauthenticated(given().header("Authorization",
                TestTokens.user("elsewhere").issuer("https://evil.invalid/realms/mentor").bearer()).get("/api/v1/me"));
    }

    @Test
    void shouldReportReadinessWithoutATokenIncludingDatabaseAndKafka() {
        // Another test may just have restarted the broker; readiness follows within a few seconds.
        JsonPath health = await().atMost(Duration.ofSeconds(30)).until(
                () -> given().get("/q/health/ready"), r -> r.statusCode() == 200).jsonPath();

        assertEquals("UP", health.getString("status"));
        List<String> checks = health.getList("checks.name");
        assertTrue(checks.stream().anyMatch(name -> name.toLowerCase().contains("database")), checks::toString);
        assertTrue(checks.stream().anyMatch(name -> name.toLowerCase().contains("kafka")), checks::toString);
        assertEquals(List.of("UP"), health.getList("checks.status").stream().distinct().toList());
    }

    @Test
    void shouldTellTheCallerTheirRolesAndValidMunicipalitiesFromAnArrayClaim() {
        String subject = UUID.randomUUID().toString();
        JsonPath me = given().header("Authorization", TestTokens.user("coordinator-aarhus").subject(subject)
                        .roles(Roles.COORDINATOR, Roles.CASEWORKER)
                        .municipalities("0751", "0411", "abc", "101", "07510").bearer())
                .get("/api/v1/me").then().statusCode(200).extract().jsonPath();

        assertEquals("kit-test", me.getString("service"));
        assertEquals(subject, me.getString("subject"));
        assertEquals("coordinator-aarhus", me.getString("username"));
        assertEquals(List.of(Roles.CASEWORKER, Roles.COORDINATOR), me.getList("roles"));
        assertEquals(List.of(Map.of("code", "0101", "name", "København"), Map.of("code", "0751", "name", "Aarhus")),
                me.getList("municipalities"));
    }

    @Test
    void shouldReadAMunicipalityClaimGivenAsAPlainString() {
        JsonPath me = given().header("Authorization",
                        TestTokens.user("caseworker-odense").roles(Roles.CASEWORKER).municipalityAsString("0461").bearer())
                .get("/api/v1/me").then().statusCode(200).extract().jsonPath();

        assertEquals(List.of(Map.of("code", "0461", "name", "Odense")), me.getList("municipalities"));
        assertEquals(List.of(Roles.CASEWORKER), me.getList("roles"));
    }

    @Test
    void shouldIgnoreAnInvalidPlainStringMunicipalityClaim() {
        JsonPath me = given().header("Authorization",
                        TestTokens.user("state-official").municipalityAsString("0411").bearer())
                .get("/api/v1/me").then().statusCode(200).extract().jsonPath();

        assertEquals(List.of(), me.getList("municipalities"));
    }

    /** A presented but invalid token is answered with the unauthenticated problem and a Bearer challenge. */
    private static void assertUnauthenticated(Response response) {
        ProblemAssertions.assertProblem(response, 401, "unauthenticated", "/api/v1/me");
        assertEquals("Bearer", response.header("WWW-Authenticate"));
    }
}
