package dk.mentor.followup.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import dk.mentor.testing.tokens.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The alert list answers from the due items stored with each plan: every change to the plan moves them
 * in its own transaction, and the passing of days moves them without any change. A municipality of its
 * own keeps the other tests' plans out of the list.
 */
@QuarkusTest
class AlertsTest extends FollowupTest {

    private static final String ODENSE = "0461";

    @Test
    void shouldMoveTheAlertsWithEveryChangeToThePlanAndWithTheDays() {
        String token = caseworker(ODENSE);
        LocalDate today = LocalDate.now();
        String planId = openPlan(token, registerCitizen(token, randomCpr(), ODENSE), today.minusDays(10));
        String username = "mentor-" + uuid();
        String mentorId = addParticipant(token, planId, username, "LAB_MENTOR", "LAB_167", today.minusDays(40));
        given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("participantId", mentorId, "goal", "Keep the placement", "mentorName", "Hanne Mentor",
                        "mentorContact", "hanne@example.dk", "tasks", "Weekly talks", "periodFrom", today.minusDays(40).toString(),
                        "periodTo", today.plusDays(10).toString(), "hoursPerWeek", 3.5,
                        "complaintGuidance", "Complain to the job centre within 4 weeks"))
                .when().post("/api/v1/plans/" + planId + "/mentor-agreements").then().statusCode(201);
        alerts(token, planId).body("kind", containsInAnyOrder("MEETING_OVERDUE", "AGREEMENT_EXPIRING", "MIDWAY_EVALUATION_DUE"))
                .body("find { it.kind == 'AGREEMENT_EXPIRING' }.detail", startsWith("Mentor agreement ends on"));

        // a meeting held today starts the weekly cadence anew
        String mentor = TestTokens.user(username).roles("mentor").municipalities(ODENSE).bearer();
        logMeeting(mentor, planId, Map.of()).statusCode(201);
        alerts(token, planId).body("kind", containsInAnyOrder("AGREEMENT_EXPIRING", "MIDWAY_EVALUATION_DUE"));

        // no change at all: a week and a day later the next meeting is overdue, and 11 days on the agreement has ended
        TestClock.daysLater(11, () -> alerts(token, planId)
                .body("kind", containsInAnyOrder("MEETING_OVERDUE", "AGREEMENT_EXPIRING", "MIDWAY_EVALUATION_DUE"))
                .body("find { it.kind == 'AGREEMENT_EXPIRING' }.detail", startsWith("Mentor agreement ended on")));

        // the mentor leaving the plan takes what the mentorship and its agreement made due with it
        given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/plans/" + planId + "/participants/" + mentorId + "/end").then().statusCode(200);
        alerts(token, planId).body("kind", empty());

        // the 3-monthly registration comes round with the calendar: 3 months after the plan opened
        TestClock.daysLater(95, () -> alerts(token, planId).body("kind", containsInAnyOrder("QUARTERLY_REGISTRATION_DUE"))
                .body("[0].dueOn", equalTo(today.minusDays(10).plusMonths(3).toString())));

        // a closed plan has nothing due
        addParticipant(token, planId, "mentor-" + uuid(), "LAB_MENTOR", "LAB_167", today.minusDays(40));
        alerts(token, planId).body("kind", containsInAnyOrder("MEETING_OVERDUE"));
        close(token, planId);
        TestClock.daysLater(95, () -> alerts(token, planId).body("kind", empty()));
        given().header("Authorization", token).queryParam("size", 200).when().get("/api/v1/alerts").then().statusCode(200)
                .body("items.planId", not(hasItem(planId)));
    }

    /** This plan's alerts in the caller's list. */
    private static ValidatableResponse alerts(String token, String planId) {
        return given().header("Authorization", token).queryParam("size", 200).when().get("/api/v1/alerts")
                .then().statusCode(200).rootPath("items.findAll { it.planId == '" + planId + "' }");
    }

    private static void close(String token, String planId) {
        String etag = getPlan(token, planId).statusCode(200).extract().header("ETag");
        Map<String, Object> body = new HashMap<>(Map.of("outcome", "JOB", "closedOn", LocalDate.now().toString(),
                "aftercareMonths", 6, "effortsSummary", "Mentor support", "plannedFutureEfforts", "None"));
        given().header("Authorization", token).header("If-Match", etag).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans/" + planId + "/closure").then().statusCode(200);
    }
}
