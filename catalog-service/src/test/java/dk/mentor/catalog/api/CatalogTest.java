package dk.mentor.catalog.api;

import static io.restassured.RestAssured.given;

import dk.mentor.testing.infra.TestInfraResource;
import dk.mentor.testing.tokens.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Shared setup of the catalogue's REST tests: the real database, broker and signed tokens. */
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "catalog"))
abstract class CatalogTest {

    static final String AARHUS = "0751";
    static final String KOBENHAVN = "0101";
    static final String ODENSE = "0461";

    static String coordinator(String municipality) {
        return TestTokens.user("coordinator-" + municipality).roles("coordinator").municipalities(municipality).bearer();
    }

    static String caseworker(String municipality) {
        return TestTokens.user("caseworker-" + municipality).roles("caseworker").municipalities(municipality).bearer();
    }

    static String mentorAccount(String username) {
        return TestTokens.user(username).roles("mentor").bearer();
    }

    static String auditor(String municipality) {
        return TestTokens.user("auditor-" + municipality).roles("auditor").municipalities(municipality).bearer();
    }

    static Map<String, Object> volunteer(String name, String municipality) {
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", name);
        body.put("kind", "VOLUNTEER");
        body.put("homeMunicipality", municipality);
        body.put("legalBases", List.of("LAB_167"));
        body.put("capacityCitizens", 2);
        body.put("capacityHoursPerWeek", 4.5);
        return body;
    }

    static ValidatableResponse register(String token, Object body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/mentors").then();
    }

    static String registerVolunteer(String name, String municipality) {
        return register(coordinator(municipality), volunteer(name, municipality)).statusCode(201)
                .extract().path("id");
    }

    static String registered(Map<String, Object> body) {
        return register(coordinator((String) body.get("homeMunicipality")), body).statusCode(201).extract().path("id");
    }

    static String etag(String token, String id) {
        return given().header("Authorization", token).when().get("/api/v1/mentors/" + id)
                .then().statusCode(200).extract().header("ETag");
    }

    static Map<String, Object> fullVolunteerVetting() {
        return Map.of("childCertificateStatus", "CLEARED", "childCertificateCheckedOn", "2026-10-01",
                "criminalRecordStatus", "NOT_REQUESTED", "intakeInterviewOn", "2026-10-02",
                "expectationsAgreed", List.of("EMPLOYMENT_FOCUS", "WORKING_HOURS", "PERIOD", "PLACE_OF_WORK", "TRAINING",
                        "RESPONSIBILITIES_AND_CONFIDENTIALITY", "GENDER_AND_RELIGION", "PAY"));
    }

    static ValidatableResponse put(String token, String path, String ifMatch, Object body) {
        return given().header("Authorization", token).header("If-Match", ifMatch).contentType(ContentType.JSON).body(body)
                .when().put(path).then();
    }

    static ValidatableResponse moveTo(String token, String id, String status, String reason) {
        return given().header("Authorization", token).header("If-Match", etag(token, id)).contentType(ContentType.JSON)
                .body(Map.of("status", status, "reason", reason))
                .when().post("/api/v1/mentors/" + id + "/status").then();
    }

    /** Registers a volunteer with these extra fields and takes them through vetting, approval and activation. */
    static String activeVolunteer(String name, String municipality, Map<String, Object> extra) {
        Map<String, Object> body = volunteer(name, municipality);
        body.putAll(extra);
        String id = registered(body);
        String token = coordinator(municipality);
        put(token, "/api/v1/mentors/" + id + "/vetting", etag(token, id), fullVolunteerVetting()).statusCode(200);
        moveTo(token, id, "APPROVED", "Intake done").statusCode(200);
        moveTo(token, id, "ACTIVE", "Vetting in order").statusCode(200);
        return id;
    }
}
