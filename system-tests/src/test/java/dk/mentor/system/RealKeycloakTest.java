package dk.mentor.system;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** The packaged services accept exactly the tokens the real Keycloak issues for the mentor realm. */
class RealKeycloakTest extends SuiteTest {

    static final List<String> SERVICES = Suite.SERVICES;

    @ParameterizedTest
    @FieldSource("SERVICES")
    void shouldRejectRequestWithoutToken(String service) {
        given().baseUri(suite.service(service).baseUrl())
                .get("/api/v1/me")
                .then().statusCode(401);
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void shouldRejectTokenWithTamperedSignature(String service) {
        String token = suite.token("coordinator-aarhus");
        given().baseUri(suite.service(service).baseUrl()).auth().oauth2(Tokens.withTamperedSignature(token))
                .get("/api/v1/me")
                .then().statusCode(401);
        // the untampered token is good, so the 401 above is the signature's doing
        given().baseUri(suite.service(service).baseUrl()).auth().oauth2(token)
                .get("/api/v1/me")
                .then().statusCode(200);
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void shouldKnowCoordinatorFromKeycloakToken(String service) {
        given().baseUri(suite.service(service).baseUrl()).auth().oauth2(suite.token("coordinator-aarhus"))
                .get("/api/v1/me")
                .then().statusCode(200)
                .body("service", equalTo(service))
                .body("username", equalTo("coordinator-aarhus"))
                .body("subject", not(emptyOrNullString()))
                .body("roles", contains("coordinator"))
                .body("municipalities.code", contains("0751"))
                .body("municipalities.name", contains("Aarhus"));
    }

    @ParameterizedTest
    @CsvSource({
            "coordinator-kobenhavn, coordinator, 0101",
            "caseworker-aarhus, caseworker, 0751",
            "social-worker-aarhus, social-worker, 0751",
            "mentor-kobenhavn, mentor, 0101",
            "finance-aarhus, finance-officer, 0751",
            "auditor-kobenhavn, auditor, 0101",
            "admin-aarhus, admin, 0751"})
    void shouldGiveEveryDemoUserTheirRealmRole(String user, String role, String municipality) {
        given().baseUri(suite.catalog().baseUrl()).auth().oauth2(suite.token(user))
                .get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo(user))
                .body("roles", contains(role))
                .body("municipalities.code", contains(municipality));
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void shouldAcceptIntegrationServiceAccount(String service) {
        given().baseUri(suite.service(service).baseUrl()).auth().oauth2(suite.integrationToken())
                .get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("service-account-mentor-integration"))
                .body("roles", contains("integration"))
                .body("municipalities.code", containsInAnyOrder("0101", "0751"));
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void shouldServeHealthAndOpenApiWithoutToken(String service) {
        given().baseUri(suite.service(service).baseUrl())
                .get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
        given().baseUri(suite.service(service).baseUrl())
                .get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("/api/v1/me"));
    }

    @Test
    void shouldForbidCaseworkerToRegisterMentorAsProblem() {
        given().baseUri(suite.catalog().baseUrl()).auth().oauth2(suite.token("caseworker-aarhus"))
                .contentType(ContentType.JSON)
                .body(Map.of("displayName", "Not Allowed", "kind", "VOLUNTEER", "homeMunicipality", "0751",
                        "legalBases", List.of("LAB_167"), "capacityCitizens", 1, "capacityHoursPerWeek", 2))
                .post("/api/v1/mentors")
                .then().statusCode(403)
                .contentType(startsWith(MentorApi.PROBLEM_JSON))
                .body("status", equalTo(403))
                .body("type", equalTo("https://mentor.example/problems/forbidden"))
                .body("title", not(emptyOrNullString()));
    }
}
