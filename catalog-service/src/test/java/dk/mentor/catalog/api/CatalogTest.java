package dk.mentor.catalog.api;

import static io.restassured.RestAssured.given;

import dk.mentor.testing.infra.TestInfraResource;
import dk.mentor.testing.tokens.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;

/** Shared setup of the catalogue's REST tests: the real database, broker and signed tokens. */
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "catalog"))
abstract class CatalogTest {

    static final String AARHUS = "0751";
    static final String KOBENHAVN = "0101";

    static String coordinator(String municipality) {
        return TestTokens.user("coordinator-" + municipality).roles("coordinator").municipalities(municipality).bearer();
    }

    static Map<String, Object> volunteer(String name, String municipality) {
        return Map.of("displayName", name, "kind", "VOLUNTEER", "homeMunicipality", municipality,
                "legalBases", java.util.List.of("LAB_167"), "capacityCitizens", 2, "capacityHoursPerWeek", 4.5);
    }

    static ValidatableResponse register(String token, Object body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/mentors").then();
    }

    static String registerVolunteer(String name, String municipality) {
        return register(coordinator(municipality), volunteer(name, municipality)).statusCode(201)
                .extract().path("id");
    }
}
