package dk.mentor.testing.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dk.mentor.testing.tokens.TestTokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * What every service must do from day one: health without a token, everything under /api only
 * with a valid token of the mentor realm, and /api/v1/me telling the caller who they are.
 * A service's test extends this with @QuarkusTest and its test resources.
 */
public abstract class ServiceBasicsContract {

    @Test
    void shouldBeReadyWithDatabaseAndBrokerChecked() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.name", hasItem(containsString("Kafka")));
    }

    @Test
    void shouldServeOpenApiWithoutToken() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/me"));
    }

    @Test
    void shouldTellCallerWhoTheyAre() {
        String service = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        given().header("Authorization", TestTokens.user("caseworker-both").roles("caseworker")
                        .municipalities("0751", "0746", "0411").bearer())
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("service", equalTo(service))
                .body("username", equalTo("caseworker-both"))
                .body("roles", equalTo(java.util.List.of("caseworker")))
                .body("municipalities.code", equalTo(java.util.List.of("0746", "0751")))
                .body("municipalities.name", hasItem("Aarhus"));
    }

    @Test
    void shouldRefuseMissingTokenWithProblem() {
        given().when().get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("type", equalTo("https://mentor.example/problems/unauthenticated"));
    }

    @Test
    void shouldRefuseExpiredToken() {
        given().header("Authorization", TestTokens.user("late").roles("caseworker").municipalities("0751").expired().bearer())
                .when().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void shouldRefuseTokenSignedWithUnknownKey() {
        given().header("Authorization", TestTokens.user("forger").roles("admin").municipalities("0751")
                        .signedWithUnknownKey().bearer())
                .when().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void shouldRefuseTokenForAnotherAudience() {
        given().header("Authorization", TestTokens.user("elsewhere").roles("caseworker").municipalities("0751")
                        .audience("account").bearer())
                .when().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void shouldAnswerUnknownPathWithProblem() {
        given().header("Authorization", TestTokens.user("lost").roles("caseworker").municipalities("0751").bearer())
                .when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body(not(containsString("Exception")));
    }
}
