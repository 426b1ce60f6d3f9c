package dk.mentor.followup.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeetingResourceTest extends FollowupTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldSplitDoubleRoleMentorsMinutesBetweenLabAndSel85InMeetingAndEvent() throws Exception {
        String planId = aarhusPlan();
        String username = "double-" + uuid();
        String labRole = addParticipant(planId, username, "LAB_MENTOR", "LAB_167");
        consentAcrossLines(planId);
        addParticipant(planId, username, "SUPPORT_CONTACT_PERSON_SEL85", "SEL_85");

        String meetingId = logMeeting(mentor(username), planId, Map.of("participantId", labRole, "durationMinutes", 90,
                "minutes", List.of(Map.of("legalBasis", "LAB_167", "minutes", 60), Map.of("legalBasis", "SEL_85", "minutes", 30))))
                .statusCode(201)
                .body("minutes.find { it.legalBasis == 'LAB_167' }.minutes", equalTo(60))
                .body("minutes.find { it.legalBasis == 'SEL_85' }.minutes", equalTo(30))
                .extract().path("meetingId");

        ConsumerRecord<String, String> logged = planEvents(planId, 2).stream()
                .filter(r -> type(r).equals("dk.mentor.followup.MeetingLogged.v1")).findFirst().orElseThrow();
        JsonNode event = JSON.readTree(logged.value());
        assertEquals(meetingId, event.get("meetingId").asText());
        Map<String, Integer> minutes = new HashMap<>();
        event.get("minutes").forEach(m -> minutes.put(m.get("legalBasis").asText(), m.get("minutes").asInt()));
        assertEquals(Map.of("LAB_167", 60, "SEL_85", 30), minutes);
        assertFalse(logged.value().contains("note"), "a meeting event never carries notes");
    }

    @Test
    void shouldLogAMeetingOnceWhenAnIntegrationRetriesWithTheSameIdempotencyKey() {
        String planId = aarhusPlan();
        String username = "retrier-" + uuid();
        addParticipant(planId, username, "LAB_MENTOR", "LAB_167");
        Map<String, Object> meeting = Map.of("date", java.time.LocalDate.now().toString(), "durationMinutes", 60,
                "mode", "IN_PERSON", "place", "CITIZEN_HOME", "attendance", "HELD", "transportMinutes", 0);
        String key = uuid();

        String first = given().header("Authorization", mentor(username)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(meeting).when().post("/api/v1/plans/" + planId + "/meetings")
                .then().statusCode(201).extract().path("meetingId");
        String retried = given().header("Authorization", mentor(username)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(meeting).when().post("/api/v1/plans/" + planId + "/meetings")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("meetingId");

        assertEquals(first, retried);
        given().header("Authorization", mentor(username)).when().get("/api/v1/plans/" + planId + "/meetings")
                .then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void shouldRefuseMinutesThatDoNotAddUpOrUseABasisTheMentorDoesNotHold() {
        String planId = aarhusPlan();
        String username = "single-" + uuid();
        addParticipant(planId, username, "LAB_MENTOR", "LAB_167");
        logMeeting(mentor(username), planId, Map.of("minutes", List.of(Map.of("legalBasis", "LAB_167", "minutes", 45))))
                .statusCode(422).body("errors[0].field", equalTo("minutes"));
        logMeeting(mentor(username), planId, Map.of("minutes", List.of(Map.of("legalBasis", "SEL_85", "minutes", 60))))
                .statusCode(422).body("errors[0].field", equalTo("minutes"));
        logMeeting(mentor(username), planId, Map.of()).statusCode(201)
                .body("minutes[0].legalBasis", equalTo("LAB_167")).body("minutes[0].minutes", equalTo(60));
    }

    @Test
    void shouldKeepOldVersionAndEmitCorrectionEventWhenMeetingIsCorrected() throws Exception {
        String planId = aarhusPlan();
        String username = "corrector-" + uuid();
        addParticipant(planId, username, "LAB_MENTOR", "LAB_167");
        var created = logMeeting(mentor(username), planId, Map.of("durationMinutes", 60)).statusCode(201).extract();
        String meetingId = created.path("meetingId");

        Map<String, Object> corrected = new HashMap<>(Map.of("date", java.time.LocalDate.now().toString(),
                "durationMinutes", 45, "mode", "PHONE", "attendance", "HELD", "transportMinutes", 0,
                "correctionReason", "It was a phone call of 45 minutes"));
        given().header("Authorization", mentor(username)).contentType(ContentType.JSON).body(corrected)
                .when().put("/api/v1/plans/" + planId + "/meetings/" + meetingId).then().statusCode(428);
        given().header("Authorization", mentor(username)).header("If-Match", "\"7\"").contentType(ContentType.JSON).body(corrected)
                .when().put("/api/v1/plans/" + planId + "/meetings/" + meetingId).then().statusCode(412);
        given().header("Authorization", mentor(username)).header("If-Match", created.header("ETag"))
                .contentType(ContentType.JSON).body(corrected)
                .when().put("/api/v1/plans/" + planId + "/meetings/" + meetingId)
                .then().statusCode(200).header("ETag", equalTo("\"2\"")).body("version", equalTo(2))
                .body("durationMinutes", equalTo(45));

        given().header("Authorization", caseworker(AARHUS))
                .when().get("/api/v1/plans/" + planId + "/meetings/" + meetingId + "/versions")
                .then().statusCode(200)
                .body("version", equalTo(List.of(1, 2)))
                .body("durationMinutes", equalTo(List.of(60, 45)))
                .body("current", equalTo(List.of(false, true)));

        List<ConsumerRecord<String, String>> events = planEvents(planId, 3);
        ConsumerRecord<String, String> correction = events.stream()
                .filter(r -> type(r).equals("dk.mentor.followup.MeetingCorrected.v1")).findFirst().orElseThrow();
        JsonNode body = JSON.readTree(correction.value());
        assertEquals(2, body.get("version").asInt());
        assertEquals(meetingId, body.get("meetingId").asText());
        assertEquals(45, body.get("minutes").get(0).get("minutes").asInt());
        assertTrue(events.stream().anyMatch(r -> type(r).equals("dk.mentor.followup.MeetingLogged.v1")));
    }

    @Test
    void shouldNeverShowAMentorAnotherMentorsNotes() {
        String planId = aarhusPlan();
        String hanne = "hanne-" + uuid();
        String jens = "jens-" + uuid();
        addParticipant(planId, hanne, "LAB_MENTOR", "LAB_167");
        addParticipant(planId, jens, "VOLUNTEER_MENTOR", "LAB_167");
        String secret = logMeeting(mentor(hanne), planId, Map.of("note", "Hanne's private note", "noteVisibility", "MENTOR_ONLY"))
                .statusCode(201).extract().path("meetingId");
        String shared = logMeeting(mentor(hanne), planId, Map.of("note", "For the team", "noteVisibility", "PROFESSIONALS"))
                .statusCode(201).extract().path("meetingId");
        String path = "/api/v1/plans/" + planId + "/meetings/";

        given().header("Authorization", mentor(jens)).when().get(path + secret).then().statusCode(200)
                .body("note", nullValue()).body("noteWithheld", equalTo(true));
        given().header("Authorization", mentor(jens)).when().get(path + shared).then().statusCode(200)
                .body("note", nullValue()).body("noteWithheld", equalTo(true));
        given().header("Authorization", mentor(hanne)).when().get(path + secret).then().statusCode(200)
                .body("note", equalTo("Hanne's private note"));
        given().header("Authorization", caseworker(AARHUS)).when().get(path + secret).then().statusCode(200)
                .body("note", nullValue());
        given().header("Authorization", caseworker(AARHUS)).when().get(path + shared).then().statusCode(200)
                .body("note", equalTo("For the team"));
    }

    @Test
    void shouldHidePlanFromMentorNotOnIt() {
        String planId = aarhusPlan();
        getPlan(mentor("stranger-" + uuid()), planId).statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldFlagNoShowOfActivationMeetingAsSanctionRelevant() {
        String planId = aarhusPlan();
        String username = "activation-" + uuid();
        addParticipant(planId, username, "LAB_MENTOR", "LAB_167");
        logMeeting(mentor(username), planId, Map.of("attendance", "NO_SHOW", "activationRelevant", true))
                .statusCode(201).body("sanctionRelevant", equalTo(true));
        logMeeting(mentor(username), planId, Map.of("attendance", "CITIZEN_CANCELLED_VALID_REASON", "activationRelevant", true))
                .statusCode(201).body("sanctionRelevant", equalTo(false));
    }

    @Test
    void shouldSplitGroupSessionOverCitizens() {
        String username = "group-" + uuid();
        String first = aarhusPlan();
        String second = aarhusPlan();
        addParticipant(first, username, "LAB_MENTOR", "LAB_167");
        addParticipant(second, username, "LAB_MENTOR", "LAB_167");
        given().header("Authorization", mentor(username)).contentType(ContentType.JSON)
                .body(Map.of("date", java.time.LocalDate.now().toString(), "durationMinutes", 121, "mode", "IN_PERSON",
                        "place", "JOB_CENTRE", "transportMinutes", 0, "activationRelevant", false,
                        "attendees", List.of(Map.of("planId", first, "attendance", "HELD"),
                                Map.of("planId", second, "attendance", "HELD"))))
                .when().post("/api/v1/group-sessions")
                .then().statusCode(200)
                .body("durationMinutes", equalTo(List.of(61, 60)))
                .body("[0].groupSessionId", equalTo(given().header("Authorization", caseworker(AARHUS))
                        .when().get("/api/v1/plans/" + second + "/meetings").then().extract().path("items[0].groupSessionId")));
    }
}
