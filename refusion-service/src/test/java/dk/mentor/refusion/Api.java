package dk.mentor.refusion;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import dk.mentor.testing.tokens.TestTokens;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Requests as the suite's users make them, with real signed tokens. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification finance(String municipality) {
        return given().header("Authorization", TestTokens.user("finance-" + municipality).roles("finance-officer")
                .municipalities(municipality).bearer());
    }

    public static RequestSpecification coordinator(String municipality) {
        return given().header("Authorization", TestTokens.user("coordinator-" + municipality).roles("coordinator")
                .municipalities(municipality).bearer());
    }

    /** A municipality's case system (client credentials, role integration). */
    public static RequestSpecification integration(String municipality) {
        return given().header("Authorization", TestTokens.user("service-account-case-system-" + municipality)
                .roles("integration").municipalities(municipality).client("case-system-" + municipality).bearer());
    }

    public static RequestSpecification admin() {
        return given().header("Authorization", TestTokens.user("admin").roles("admin").bearer());
    }

    public static RequestSpecification auditor(String municipality) {
        return given().header("Authorization", TestTokens.user("auditor-" + municipality).roles("auditor")
                .municipalities(municipality).bearer());
    }

    /** The ledger lines of a meeting, in posting order. */
    public static List<Map<String, Object>> linesOfMeeting(String municipality, UUID meetingId) {
        return finance(municipality).queryParam("municipality", municipality).queryParam("meetingId", meetingId)
                .queryParam("size", 200).when().get("/api/v1/expense-lines")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    /** Waits until the meeting has the number of ledger lines, and returns them. */
    public static List<Map<String, Object>> awaitLines(String municipality, UUID meetingId, int count) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> linesOfMeeting(municipality, meetingId), lines -> lines.size() == count);
    }

    /** A municipality's ledger lines matching the query parameters, in posting order. */
    public static List<Map<String, Object>> lines(String municipality, Map<String, ?> query) {
        return finance(municipality).queryParam("municipality", municipality).queryParams(query)
                .queryParam("size", 200).when().get("/api/v1/expense-lines")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    /** Drafts a claim as the municipality's finance officer. */
    public static io.restassured.response.ValidatableResponse draft(String municipality, String regime, String from,
                                                                    String to) {
        return finance(municipality).contentType("application/json")
                .body(Map.of("municipality", municipality, "regime", regime, "periodFrom", from, "periodTo", to))
                .when().post("/api/v1/refusion-claims").then();
    }

    public static JsonPath json(io.restassured.response.ValidatableResponse response) {
        return response.extract().jsonPath();
    }
}
