package dk.mentor.followup.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dk.mentor.testing.tokens.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Least privilege on the plan (docs/roles.md): finance, audit and administration have no business
 * in goals, notes, minutes or ratings, and a mentor takes part in a plan without running it.
 */
@QuarkusTest
class PlanRolesTest extends FollowupTest {

    private static final String FORBIDDEN = "https://mentor.example/problems/forbidden";

    /** The defect the issue names: the finance role could list plans with their goals. */
    @Test
    void shouldRefuseFinanceOfficerThePlanListAndAPlan() {
        String planId = aarhusPlan();
        String finance = token("finance-officer");

        forbidden(finance, "/api/v1/plans");
        forbidden(finance, "/api/v1/plans/" + planId);
        getPlan(caseworker(AARHUS), planId).statusCode(200).body("id", equalTo(planId));
    }

    /** A participant's user name alone no longer opens a plan to a role that has no business there. */
    @ParameterizedTest
    @ValueSource(strings = {"finance-officer", "auditor", "admin"})
    void shouldRefuseEveryPlanReadToRolesOutsideCaseWorkEvenAsParticipant(String role) {
        String planId = aarhusPlan();
        String username = role + "-" + uuid();
        addParticipant(planId, username, "VOLUNTEER_MENTOR", "LAB_167");
        String token = TestTokens.user(username).roles(role).municipalities(AARHUS).bearer();

        forbidden(token, "/api/v1/plans");
        for (String part : List.of("", "/progress-report")) {
            forbidden(token, "/api/v1/plans/" + planId + part);
        }
        for (String part : List.of("goals", "meetings", "progressions", "participants", "mentor-agreements",
                "follow-ups", "incidents", "consents")) {
            forbidden(token, "/api/v1/plans/" + planId + "/" + part);
        }
    }

    @Test
    void shouldLetParticipatingMentorReadAndWriteThePlanButNotRunIt() {
        String planId = aarhusPlan();
        String username = "mentor-" + uuid();
        addParticipant(planId, username, "LAB_MENTOR", "LAB_167");
        String mentor = mentor(username);

        getPlan(mentor, planId).statusCode(200);
        given().header("Authorization", mentor).contentType(ContentType.JSON).body(Map.of("description", "Arrive on time three weeks in a row"))
                .when().post("/api/v1/plans/" + planId + "/goals").then().statusCode(201);
        given().header("Authorization", mentor).when().get("/api/v1/plans/" + planId + "/goals")
                .then().statusCode(200).body("totalItems", equalTo(1));

        forbidden(mentor, "/api/v1/plans/" + planId + "/consents");
        given().header("Authorization", mentor).contentType(ContentType.JSON)
                .body(Map.of("municipality", KOBENHAVN, "consentId", uuid()))
                .when().post("/api/v1/plans/" + planId + "/shares")
                .then().statusCode(403).contentType("application/problem+json").body("type", equalTo(FORBIDDEN));
    }

    private static String token(String role) {
        return TestTokens.user(role + "-" + uuid()).roles(role).municipalities(AARHUS).bearer();
    }

    private static void forbidden(String token, String path) {
        given().header("Authorization", token).when().get(path)
                .then().statusCode(403).contentType("application/problem+json").body("type", equalTo(FORBIDDEN));
    }
}
