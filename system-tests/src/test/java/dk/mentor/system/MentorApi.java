package dk.mentor.system;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** The calls an integration makes: register a mentor in the catalogue, look the candidate up in matching. */
final class MentorApi {

    static final String PROBLEM_JSON = "application/problem+json";
    /** Generous: a consumer that rejoins after a restart may need a rebalance first. */
    static final Duration EVENT_TIMEOUT = Duration.ofSeconds(60);

    private final Suite suite;

    MentorApi(Suite suite) {
        this.suite = suite;
    }

    RequestSpecification as(String user, ServiceProcess service) {
        return given().baseUri(service.baseUrl()).auth().oauth2(suite.token(user));
    }

    /** Registers a mentor in the user's municipality and returns the id from the 201 answer. */
    UUID register(String user, String municipality) {
        return registerWith(suite.token(user), municipality);
    }

    /**
     * As {@link #register}, with a token the caller holds: when Keycloak is down the token cache
     * cannot renew one that has aged past its reuse time.
     */
    UUID registerWith(String token, String municipality) {
        String name = "Mentor " + UUID.randomUUID().toString().substring(0, 8);
        JsonPath created = given().baseUri(suite.catalog().baseUrl()).auth().oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("displayName", name, "kind", "VOLUNTEER", "homeMunicipality", municipality,
                        "legalBases", List.of("LAB_167"), "capacityCitizens", 3, "capacityHoursPerWeek", 6.5))
                .post("/api/v1/mentors")
                .then().statusCode(201)
                .header("Location", startsWith(suite.catalog().baseUrl() + "/api/v1/mentors/"))
                .body("displayName", equalTo(name))
                .body("homeMunicipality", equalTo(municipality))
                .extract().jsonPath();
        return UUID.fromString(created.getString("id"));
    }

    Response candidate(String user, UUID mentorId) {
        return as(user, suite.matching()).get("/api/v1/mentor-candidates/{id}", mentorId);
    }

    /** Waits until matching knows the mentor and returns the candidate. */
    JsonPath awaitCandidate(String user, UUID mentorId) {
        await("mentor " + mentorId + " in matching-service").atMost(EVENT_TIMEOUT).pollInterval(Duration.ofMillis(50))
                .until(() -> candidate(user, mentorId).statusCode() == 200);
        return candidate(user, mentorId).then().statusCode(200).extract().jsonPath();
    }
}
