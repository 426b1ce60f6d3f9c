package dk.mentor.followup.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import dk.mentor.testing.tokens.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Registering a citizen in a municipality the caller does not act for is refused as foreign and logged. */
@QuarkusTest
class CitizenRegistrationAccessTest extends FollowupTest {

    @Test
    void shouldRefuseAndAuditRegistrationInAnotherMunicipality() {
        String copenhagener = "caseworker-register-" + uuid();
        given().header("Authorization", TestTokens.user(copenhagener).roles("caseworker").municipalities(KOBENHAVN).bearer())
                .contentType(ContentType.JSON).body(Map.of("cpr", randomCpr(), "actingMunicipality", AARHUS))
                .when().post("/api/v1/citizens").then().statusCode(404).contentType("application/problem+json");

        given().header("Authorization", TestTokens.user("auditor").roles("auditor").municipalities(AARHUS).bearer())
                .when().get("/api/v1/audit-entries?size=200").then().statusCode(200)
                .body("items.findAll { it.outcome == 'DENIED' }.actorName", hasItem(copenhagener));
    }
}
