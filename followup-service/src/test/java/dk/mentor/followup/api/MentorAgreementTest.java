package dk.mentor.followup.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MentorAgreementTest extends FollowupTest {

    @Test
    void shouldRefuseAgreementMissingRequiredTermsListingEachField() {
        String planId = aarhusPlan();
        String mentorId = addParticipant(planId, "mentor-" + uuid(), "LAB_MENTOR", "LAB_167");
        given().header("Authorization", caseworker(AARHUS)).contentType(ContentType.JSON)
                .body(Map.of("participantId", mentorId, "goal", "Keep the placement", "mentorName", "Hanne",
                        "periodFrom", "2026-11-02"))
                .when().post("/api/v1/plans/" + planId + "/mentor-agreements")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://mentor.example/problems/rule-violated"))
                .body("errors.field", containsInAnyOrder("mentorContact", "tasks", "periodTo", "hoursPerWeek",
                        "complaintGuidance"));
    }

    @Test
    void shouldLimitLabAgreementToSixMonthsUnlessRenewedWithAssessment() {
        String planId = aarhusPlan();
        String mentorId = addParticipant(planId, "mentor-" + uuid(), "LAB_MENTOR", "LAB_167");
        LocalDate from = LocalDate.of(2026, 11, 2);
        agree(planId, terms(mentorId, from, from.plusMonths(7))).statusCode(422).body("errors[0].field", equalTo("periodTo"));
        String first = agree(planId, terms(mentorId, from, from.plusMonths(6).minusDays(1))).statusCode(201)
                .body("midwayEvaluationOn", equalTo("2027-01-31")).extract().path("id");

        Map<String, Object> renewal = terms(mentorId, from.plusMonths(6), from.plusMonths(12).minusDays(1));
        renewal.put("renews", first);
        agree(planId, renewal).statusCode(422).body("errors[0].field", equalTo("renewalAssessment"));
        renewal.put("renewalAssessment", "Rating rose from 3 to 5; the placement needs support a while longer");
        agree(planId, renewal).statusCode(201).body("renews", equalTo(first));
    }

    @Test
    void shouldRefuseAgreementWithCaseworker() {
        String planId = aarhusPlan();
        String caseworkerParticipant = given().header("Authorization", caseworker(AARHUS))
                .when().get("/api/v1/plans/" + planId + "/participants").then().statusCode(200)
                .extract().path("items[0].id");
        agree(planId, terms(caseworkerParticipant, LocalDate.of(2026, 11, 2), LocalDate.of(2027, 1, 1)))
                .statusCode(422).body("errors[0].field", equalTo("participantId"));
    }

    private static io.restassured.response.ValidatableResponse agree(String planId, Map<String, Object> body) {
        return given().header("Authorization", caseworker(AARHUS)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans/" + planId + "/mentor-agreements").then();
    }

    private static Map<String, Object> terms(String participantId, LocalDate from, LocalDate to) {
        return new HashMap<>(Map.of("participantId", participantId, "goal", "Keep the placement", "mentorName", "Hanne Mentor",
                "mentorContact", "hanne@example.dk", "tasks", "Weekly talks", "periodFrom", from.toString(),
                "periodTo", to.toString(), "hoursPerWeek", 3.5, "complaintGuidance", "Complain to the job centre within 4 weeks"));
    }
}
