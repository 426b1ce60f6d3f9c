package dk.mentor.followup.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.contracts.events.CloudEventHeaders;
import dk.mentor.contracts.events.Topics;
import dk.mentor.testing.infra.TestInfra;
import dk.mentor.testing.kafka.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A logged meeting is always recorded; its claim holds say whether its money may be claimed, travel in
 * the meeting events, and raise alerts for the caseworker until a correction lifts them.
 */
@QuarkusTest
class ClaimHoldsTest extends FollowupTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MENTOR_ID = "5b0e8a57-2a8c-4a4b-9f7e-6f4c3f1d2e10";

    @Test
    void shouldHoldALabMeetingWithoutAgreementAndLiftTheHoldWhenCorrectedAfterTheAgreement() throws Exception {
        String planId = aarhusPlan();
        String username = "unagreed-" + uuid();
        String participantId = addParticipant(planId, username, "LAB_MENTOR", "LAB_167", LocalDate.now().minusDays(10));

        var logged = logMeeting(mentor(username), planId, Map.of()).statusCode(201)
                .body("claimHolds", equalTo(List.of("AGREEMENT_MISSING"))).extract();
        String meetingId = logged.path("meetingId");
        assertEquals(List.of("AGREEMENT_MISSING"), holdsIn(planId, "MeetingLogged", 2));
        alerts("AGREEMENT_MISSING").body("items.find { it.planId == '" + planId + "' }.participantId",
                equalTo(participantId));

        given().header("Authorization", caseworker(AARHUS)).contentType(ContentType.JSON)
                .body(agreement(participantId, LocalDate.now().minusDays(10), LocalDate.now().plusMonths(3), 3))
                .when().post("/api/v1/plans/" + planId + "/mentor-agreements").then().statusCode(201);
        correct(mentor(username), planId, meetingId, logged.header("ETag"), Map.of())
                .statusCode(200).body("claimHolds", equalTo(List.of()));

        assertEquals(List.of(), holdsIn(planId, "MeetingCorrected", 3));
        alerts("AGREEMENT_MISSING").body("items.planId", not(hasItem(planId)));
    }

    @Test
    void shouldHoldMeetingsInTheFutureAndOverTheAgreedWeeklyHoursButStillRecordThem() {
        String planId = aarhusPlan();
        String username = "busy-" + uuid();
        String participantId = addParticipant(planId, username, "LAB_MENTOR", "LAB_167", LocalDate.now().minusDays(10));
        given().header("Authorization", caseworker(AARHUS)).contentType(ContentType.JSON)
                .body(agreement(participantId, LocalDate.now().minusDays(10), LocalDate.now().plusMonths(3), 1))
                .when().post("/api/v1/plans/" + planId + "/mentor-agreements").then().statusCode(201);

        // the service's day is Danish: in the hour before Danish midnight, tomorrow by UTC would be its today
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Copenhagen")).plusDays(1);
        logMeeting(mentor(username), planId, Map.of("date", tomorrow.toString()))
                .statusCode(201).body("claimHolds", equalTo(List.of("FUTURE_DATE")));
        logMeeting(mentor(username), planId, Map.of("durationMinutes", 61))
                .statusCode(201).body("claimHolds", hasItem("HOURS_OVER_ORDER"));

        given().header("Authorization", mentor(username)).when().get("/api/v1/plans/" + planId + "/meetings")
                .then().statusCode(200).body("totalItems", equalTo(2));
        alerts("HOURS_OVER_ORDER").body("items.planId", hasItem(planId));
    }

    @Test
    void shouldTakeGrantHoursAndCadenceFromTheMentorshipAndLiftOutsidePeriodOnceRenewed() {
        String planId = aarhusPlan();
        String mentorshipId = uuid();
        String username = "granted-" + uuid();
        LocalDate ended = LocalDate.now().minusDays(5);
        publish("MentorshipStarted", mentorshipId, "{\"mentorshipId\":\"" + mentorshipId + "\",\"referralId\":\"" + uuid()
                + "\",\"planId\":\"" + planId + "\",\"mentorId\":\"" + MENTOR_ID + "\",\"mentorName\":\"Hanne Mentor\","
                + "\"mentorUsername\":\"" + username + "\",\"mentorKind\":\"PAID_SOCIAL_MENTOR\",\"mentorMunicipality\":\"0751\","
                + "\"actingMunicipality\":\"0751\",\"legalBasis\":\"LAB_167\",\"role\":\"LAB_MENTOR\","
                + "\"targetGroups\":[\"JOB_READY\"],\"hoursPerWeek\":2,\"hourlyRate\":350.00,\"startsOn\":\""
                + LocalDate.now().minusDays(40) + "\",\"endsOn\":\"" + ended + "\",\"startedAt\":\"2026-11-23T10:00:00Z\","
                + "\"meetingEveryDays\":10}");
        await().atMost(Duration.ofSeconds(30)).until(() -> mentorship(planId, mentorshipId) != null);
        Map<String, Object> mentor = mentorship(planId, mentorshipId);
        assertEquals(10, mentor.get("cadenceDays"));
        assertEquals(ended.toString(), mentor.get("periodEndsOn"));
        given().header("Authorization", caseworker(AARHUS)).contentType(ContentType.JSON)
                .body(agreement((String) mentor.get("id"), LocalDate.now().minusDays(40), LocalDate.now().plusMonths(2), 2))
                .when().post("/api/v1/plans/" + planId + "/mentor-agreements").then().statusCode(201);

        var logged = logMeeting(mentor(username), planId, Map.of()).statusCode(201)
                .body("claimHolds", equalTo(List.of("OUTSIDE_PERIOD"))).extract();
        alerts("OUTSIDE_PERIOD").body("items.planId", hasItem(planId));

        LocalDate renewedTo = LocalDate.now().plusMonths(3);
        publish("MentorshipRenewed", mentorshipId, "{\"mentorshipId\":\"" + mentorshipId + "\",\"planId\":\"" + planId
                + "\",\"mentorId\":\"" + MENTOR_ID + "\",\"actingMunicipality\":\"0751\",\"previousEndsOn\":\"" + ended
                + "\",\"endsOn\":\"" + renewedTo + "\",\"hoursPerWeek\":3,\"meetingEveryDays\":null,"
                + "\"renewedAt\":\"2026-11-23T10:00:00Z\"}");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> renewedTo.toString().equals(mentorship(planId, mentorshipId).get("periodEndsOn")));
        assertEquals(10, mentorship(planId, mentorshipId).get("cadenceDays"));

        correct(mentor(username), planId, logged.path("meetingId"), logged.header("ETag"), Map.of())
                .statusCode(200).body("claimHolds", equalTo(List.of()));
        alerts("OUTSIDE_PERIOD").body("items.planId", not(hasItem(planId)));
    }

    private static Map<String, Object> agreement(String participantId, LocalDate from, LocalDate to, int hours) {
        return Map.of("participantId", participantId, "goal", "Keep the placement", "mentorName", "Hanne",
                "mentorContact", "hanne@example.dk", "tasks", "Weekly talks", "periodFrom", from.toString(),
                "periodTo", to.toString(), "hoursPerWeek", hours, "complaintGuidance", "Complain within 4 weeks");
    }

    private static io.restassured.response.ValidatableResponse correct(String token, String planId, String meetingId,
                                                                        String etag, Map<String, Object> overrides) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("date", LocalDate.now().toString(), "durationMinutes", 60,
                "mode", "IN_PERSON", "place", "CITIZEN_HOME", "attendance", "HELD", "transportMinutes", 20,
                "correctionReason", "Judged again"));
        body.putAll(overrides);
        return given().header("Authorization", token).header("If-Match", etag).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/plans/" + planId + "/meetings/" + meetingId).then();
    }

    private static io.restassured.response.ValidatableResponse alerts(String kind) {
        return given().header("Authorization", caseworker(AARHUS)).queryParam("size", 200).queryParam("kind", kind)
                .when().get("/api/v1/alerts").then().statusCode(200);
    }

    /** The claim holds of the plan's newest event of that type. */
    private static List<String> holdsIn(String planId, String type, int count) throws Exception {
        var records = planEvents(planId, count).stream()
                .filter(r -> type(r).equals("dk.mentor.followup." + type + ".v1")).toList();
        JsonNode event = JSON.readTree(records.get(records.size() - 1).value());
        List<String> holds = new ArrayList<>();
        event.get("claimHolds").forEach(h -> holds.add(h.asText()));
        return holds;
    }

    private static Map<String, Object> mentorship(String planId, String mentorshipId) {
        return given().header("Authorization", caseworker(AARHUS)).when().get("/api/v1/plans/" + planId + "/participants")
                .then().statusCode(200).extract().path("items.find { it.mentorshipId == '" + mentorshipId + "' }");
    }

    private static void publish(String name, String key, String payload) {
        TopicWriter.send(TestInfra.kafka().bootstrapServers(), Topics.MATCHING_MENTORSHIP, key, payload, Map.of(
                CloudEventHeaders.SPEC_VERSION, "1.0", CloudEventHeaders.ID, uuid(),
                CloudEventHeaders.TYPE, "dk.mentor.matching." + name + ".v1", CloudEventHeaders.SOURCE, "/matching-service",
                CloudEventHeaders.SUBJECT, key, CloudEventHeaders.MUNICIPALITY, AARHUS));
    }
}
