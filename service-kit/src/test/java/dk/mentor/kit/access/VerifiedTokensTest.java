package dk.mentor.kit.access;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.mentor.kit.support.ProblemAssertions;
import dk.mentor.testing.infra.TestInfraResource;
import dk.mentor.testing.tokens.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A token is verified once and then remembered, without accepting anything the full check would refuse. */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class VerifiedTokensTest {

    @Inject
    VerifiedTokens verifiedTokens;

    @Test
    void shouldVerifyATokenOnceForAllTheRequestsThatCarryIt() {
        String bearer = TestTokens.user("caseworker-aarhus").roles(Roles.CASEWORKER).municipalities("0751").bearer();
        long before = verifiedTokens.verifications();

        for (int i = 0; i < 3; i++) {
            assertEquals("caseworker-aarhus", username(bearer));
        }

        assertEquals(1, verifiedTokens.verifications() - before);
    }

    @Test
    void shouldRefuseAnAlteredCopyOfARememberedToken() {
        String token = TestTokens.user("caseworker-aarhus").roles(Roles.CASEWORKER).municipalities("0751").token();
        assertEquals("caseworker-aarhus", username("Bearer " + token));
        // A character inside the signature: the last one also carries padding bits, which decode alike.
        int at = token.length() - 20;
        String altered = token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);

        ProblemAssertions.assertProblem(given().header("Authorization", "Bearer " + altered).get("/api/v1/me"),
                401, "unauthenticated", "/api/v1/me");
        assertEquals("caseworker-aarhus", username("Bearer " + token));
    }

    @Test
    void shouldGiveEachRequestTheCallerOfItsOwnToken() {
        String aarhus = TestTokens.user("coordinator-aarhus").roles(Roles.COORDINATOR).municipalities("0751").bearer();
        String odense = TestTokens.user("coordinator-odense").roles(Roles.COORDINATOR).municipalities("0461").bearer();

        for (int i = 0; i < 3; i++) {
            assertEquals(List.of("0751"), municipalities(aarhus));
            assertEquals(List.of("0461"), municipalities(odense));
        }
    }

    @Test
    void shouldRefuseARememberedTokenOnceItExpiresNotAtTheMaximumAge() {
        String bearer = TestTokens.user("caseworker-aarhus").roles(Roles.CASEWORKER).municipalities("0751")
                .lifetime(Duration.ofSeconds(3)).bearer();
        assertEquals("caseworker-aarhus", username(bearer));

        // The maximum age is 60 s; the token's own 3 s must end it.
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250))
                .until(() -> given().header("Authorization", bearer).get("/api/v1/me").statusCode() == 401);
    }

    private static String username(String bearer) {
        return given().header("Authorization", bearer).get("/api/v1/me").then().statusCode(200)
                .extract().jsonPath().getString("username");
    }

    private static List<String> municipalities(String bearer) {
        return given().header("Authorization", bearer).get("/api/v1/me").then().statusCode(200)
                .extract().jsonPath().getList("municipalities.code");
    }
}
