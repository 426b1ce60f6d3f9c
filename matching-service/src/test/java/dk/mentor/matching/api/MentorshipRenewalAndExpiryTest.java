package dk.mentor.matching.api;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dk.mentor.kit.time.DanishTime;
import dk.mentor.matching.application.ExpireMentorships;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A mentorship starts on its grant's first day (when the grant had begun before it was ordered, too) and ends
 * at its period's end unless the caseworker renews it after an assessment.
 */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "matching"))
class MentorshipRenewalAndExpiryTest {

    private static final String AARHUS = "0751";
    private final Caseworker caseworker = new Caseworker(AARHUS);

    @Inject
    ExpireMentorships expireMentorships;

    @Test
    void shouldRenewForAtMostSixMoreMonthsWithNewHoursAndCadenceAndPublishIt() {
        var mentor = Catalogue.Mentor.active(AARHUS, RankingResourceTest.tag());
        String mentorshipId = start(mentor, "2026-12-01", "2027-05-31");
        String path = "/api/v1/mentorships/" + mentorshipId;

        renew(path, renewal("2027-12-01", 3.0, 14)).then().statusCode(422).body("errors[0].field", equalTo("endsOn"))
                .body("errors[0].message", equalTo("at most 2027-11-30"));
        renew(path, renewal("2027-05-31", 3.0, 14)).then().statusCode(422);
        Map<String, Object> noAssessment = renewal("2027-11-30", 3.0, 14);
        noAssessment.remove("assessment");
        renew(path, noAssessment).then().statusCode(400);
        renew(path, renewal("2027-11-30", 7.0, 14)).then().statusCode(409); // the mentor has 6 hours in all

        renew(path, renewal("2027-11-30", 3.0, 14)).then().statusCode(200)
                .body("endsOn", equalTo("2027-11-30")).body("hoursPerWeek", equalTo(3.0f))
                .body("meetingEveryDays", equalTo(14)).body("status", equalTo("ACTIVE"));
        caseworker.as().get("/api/v1/mentor-candidates/" + mentor.id()).then()
                .body("freeHoursPerWeek", equalTo(3.0f)).body("activeMentorships", equalTo(1));

        JsonNode renewed = MentorshipFlowTest.event(mentorshipId, "dk.mentor.matching.MentorshipRenewed.v1");
        assertEquals("2027-05-31", renewed.get("previousEndsOn").asText());
        assertEquals("2027-11-30", renewed.get("endsOn").asText());
        assertEquals(14, renewed.get("meetingEveryDays").asInt());
        assertEquals(3.0, renewed.get("hoursPerWeek").asDouble());
    }

    @Test
    void shouldEndAnUnrenewedMentorshipTheDayAfterItsLastDay() {
        var mentor = Catalogue.Mentor.active(AARHUS, RankingResourceTest.tag());
        LocalDate today = DanishTime.today(Clock.systemUTC());
        LocalDate lastDay = today.plusDays(2);
        String mentorshipId = start(mentor, today.toString(), lastDay.toString());
        String path = "/api/v1/mentorships/" + mentorshipId;

        expireMentorships.expire(lastDay);
        caseworker.as().get(path).then().body("status", equalTo("ACTIVE"));

        expireMentorships.expire(lastDay.plusDays(1));
        caseworker.as().get(path).then().body("status", equalTo("ENDED")).body("endReason", equalTo("PERIOD_EXPIRED"))
                .body("endedOn", equalTo(lastDay.toString()));
        JsonNode ended = MentorshipFlowTest.event(mentorshipId, "dk.mentor.matching.MentorshipEnded.v1");
        assertEquals("PERIOD_EXPIRED", ended.get("reason").asText());
        assertEquals(lastDay.toString(), ended.get("endedOn").asText());
        caseworker.as().get("/api/v1/mentor-candidates/" + mentor.id()).then().body("activeMentorships", equalTo(0));
        renew(path, renewal(lastDay.plusMonths(1).toString(), 2.5, 7)).then().statusCode(409);
    }

    @Test
    void shouldStartOnTheFirstDayOfAGrantThatHadBegunWhenItWasOrdered() {
        var mentor = Catalogue.Mentor.active(AARHUS, RankingResourceTest.tag());
        LocalDate granted = DanishTime.today(Clock.systemUTC()).minusMonths(2);
        String mentorshipId = start(mentor, granted.toString(), granted.plusMonths(6).minusDays(1).toString());

        caseworker.as().get("/api/v1/mentorships/" + mentorshipId).then().statusCode(200)
                .body("startsOn", equalTo(granted.toString())).body("status", equalTo("ACTIVE"));
        JsonNode started = MentorshipFlowTest.event(mentorshipId, "dk.mentor.matching.MentorshipStarted.v1");
        assertEquals(granted.toString(), started.get("startsOn").asText());
    }

    private String start(Catalogue.Mentor mentor, String from, String to) {
        Catalogue.publish(mentor);
        Map<String, Object> body = caseworker.referral(Caseworker.sameBackground(mentor.tags().get(0)));
        body.put("periodStart", from);
        body.put("periodEnd", to);
        String referral = caseworker.order(body);
        caseworker.toMeeting(referral);
        caseworker.answer(referral, "CITIZEN", "YES", null).then().statusCode(200);
        return caseworker.answer(referral, "MENTOR", "YES", null).then().statusCode(200).extract().path("mentorshipId");
    }

    private io.restassured.response.Response renew(String path, Map<String, Object> body) {
        String etag = caseworker.as().get(path).then().statusCode(200).extract().header("ETag");
        return caseworker.as().header("If-Match", etag).body(body).post(path + "/renewals");
    }

    private static Map<String, Object> renewal(String endsOn, double hours, int everyDays) {
        Map<String, Object> body = new HashMap<>();
        body.put("endsOn", endsOn);
        body.put("hoursPerWeek", hours);
        body.put("meetingEveryDays", everyDays);
        body.put("assessment", "Still needs support to keep the placement");
        return body;
    }
}
