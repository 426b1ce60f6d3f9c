package dk.mentor.catalog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear problem, never a 500, and never a half-written mentor. */
@QuarkusTest
class BadInputTest extends CatalogTest {

    @Test
    void shouldAnswerMalformedJsonWithProblem() {
        given().header("Authorization", coordinator(AARHUS)).contentType(ContentType.JSON)
                .body("{\"displayName\": \"Broken\", ")
                .when().post("/api/v1/mentors")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://mentor.example/problems/malformed-request"))
                .body("detail", containsString("not valid JSON"))
                .body(not(containsString("Exception")));
    }

    @Test
    void shouldNameEveryInvalidField() {
        Map<String, Object> body = Map.of("displayName", " ", "kind", "VOLUNTEER", "homeMunicipality", "751",
                "legalBases", List.of("LAB_167"), "capacityCitizens", -1, "capacityHoursPerWeek", 4);
        register(coordinator(AARHUS), body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://mentor.example/problems/validation-failed"))
                .body("errors.field", hasItems("displayName", "homeMunicipality", "capacityCitizens"));
    }

    @Test
    void shouldNameFieldOfWrongType() {
        Map<String, Object> body = Map.of("displayName", "Typed", "kind", "VOLUNTEER", "homeMunicipality", AARHUS,
                "legalBases", List.of("LAB_167"), "capacityCitizens", "many", "capacityHoursPerWeek", 4);
        register(coordinator(AARHUS), body)
                .statusCode(400)
                .body("errors[0].field", equalTo("capacityCitizens"))
                .body(not(containsString("many")));
    }

    @Test
    void shouldNameUnknownKindAndLegalBasis() {
        Map<String, Object> body = Map.of("displayName", "Odd", "kind", "WIZARD", "homeMunicipality", AARHUS,
                "legalBases", List.of("LAB_167"), "capacityCitizens", 1, "capacityHoursPerWeek", 4);
        register(coordinator(AARHUS), body).statusCode(400).body("errors[0].field", equalTo("kind"));

        Map<String, Object> unknownBasis = Map.of("displayName", "Odd", "kind", "VOLUNTEER", "homeMunicipality", AARHUS,
                "legalBases", List.of("LAB_999"), "capacityCitizens", 1, "capacityHoursPerWeek", 4);
        register(coordinator(AARHUS), unknownBasis).statusCode(422).body("errors[0].field", equalTo("legalBases"));
    }

    @Test
    void shouldAnswerMalformedIdWithProblem() {
        given().header("Authorization", coordinator(AARHUS))
                .when().get("/api/v1/mentors/not-a-uuid")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://mentor.example/problems/validation-failed"))
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void shouldLeaveNothingBehindWhenRejected() {
        String municipality = "0101";
        register(coordinator(municipality), Map.of("displayName", "Paid", "kind", "PAID_SOCIAL_MENTOR",
                "homeMunicipality", municipality, "legalBases", List.of(), "capacityCitizens", 1,
                "capacityHoursPerWeek", 3)).statusCode(422);
        given().header("Authorization", coordinator(municipality))
                .when().get("/api/v1/mentors")
                .then().statusCode(200)
                .body("items.displayName", not(hasItems("Paid")));
    }
}
