package dk.mentor.followup.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dk.mentor.contracts.events.CloudEventHeaders;
import dk.mentor.contracts.events.Topics;
import dk.mentor.testing.infra.TestInfra;
import dk.mentor.testing.kafka.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Mentorships from the broker put the mentor on the plan once, however often they are delivered. */
@QuarkusTest
class MentorshipEventsTest extends FollowupTest {

    @Test
    void shouldAddMentorOnceAlsoWhenMentorshipStartedIsDeliveredTwice() {
        String planId = aarhusPlan();
        String mentorshipId = uuid();
        String username = "mentor-" + uuid();
        String eventId = uuid();
        publish(eventId, "MentorshipStarted", mentorshipId, started(mentorshipId, planId, username));
        publish(eventId, "MentorshipStarted", mentorshipId, started(mentorshipId, planId, username));
        // a later event on another key of the same partition: once it is applied, the repeat was seen
        String markerPlan = aarhusPlan();
        String marker = uuid();
        publish(uuid(), "MentorshipStarted", marker, started(marker, markerPlan, "marker-" + uuid()));
        await().atMost(Duration.ofSeconds(30)).until(() -> mentors(markerPlan).size() == 1);

        given().header("Authorization", caseworker(AARHUS)).when().get("/api/v1/plans/" + planId + "/participants")
                .then().statusCode(200)
                .body("items.findAll { it.mentorshipId == '" + mentorshipId + "' }.size()", equalTo(1))
                .body("items.find { it.mentorshipId == '" + mentorshipId + "' }.role", equalTo("LAB_MENTOR"))
                .body("items.find { it.mentorshipId == '" + mentorshipId + "' }.legalBasis", equalTo("LAB_167"))
                .body("items.find { it.mentorshipId == '" + mentorshipId + "' }.username", equalTo(username));

        // the mentor's own token now opens the plan; the end of the mentorship closes it again
        getPlan(mentor(username), planId).statusCode(200);
        publish(uuid(), "MentorshipEnded", mentorshipId, "{\"mentorshipId\":\"" + mentorshipId + "\",\"planId\":\"" + planId
                + "\",\"mentorId\":\"" + MENTOR_ID + "\",\"mentorMunicipality\":\"0751\",\"actingMunicipality\":\"0751\","
                + "\"hoursPerWeek\":3,\"reason\":\"GOAL_REACHED\",\"endedOn\":\"" + LocalDate.now() + "\","
                + "\"endedAt\":\"2026-11-23T10:00:00Z\"}");
        await().atMost(Duration.ofSeconds(30)).until(() -> getPlan(mentor(username), planId).extract().statusCode() == 404);
    }

    private static final String MENTOR_ID = "5b0e8a57-2a8c-4a4b-9f7e-6f4c3f1d2e10";

    private static List<Object> mentors(String planId) {
        return given().header("Authorization", caseworker(AARHUS)).when().get("/api/v1/plans/" + planId + "/participants")
                .then().statusCode(200).extract().path("items.findAll { it.mentorshipId != null }");
    }

    private static String started(String mentorshipId, String planId, String username) {
        return "{\"mentorshipId\":\"" + mentorshipId + "\",\"referralId\":\"" + uuid() + "\",\"planId\":\"" + planId
                + "\",\"mentorId\":\"" + MENTOR_ID + "\",\"mentorName\":\"Hanne Mentor\",\"mentorUsername\":\"" + username
                + "\",\"mentorKind\":\"PAID_SOCIAL_MENTOR\",\"mentorMunicipality\":\"0751\",\"actingMunicipality\":\"0751\","
                + "\"legalBasis\":\"LAB_167\",\"role\":\"LAB_MENTOR\",\"targetGroups\":[\"LONG_TERM_UNEMPLOYED\"],"
                + "\"hoursPerWeek\":3,\"hourlyRate\":350.00,\"startsOn\":\"" + LocalDate.now().minusDays(1) + "\",\"endsOn\":\""
                + LocalDate.now().plusMonths(5) + "\",\"startedAt\":\"2026-11-23T10:00:00Z\"}";
    }

    private static void publish(String eventId, String name, String key, String payload) {
        TopicWriter.send(TestInfra.kafka().bootstrapServers(), Topics.MATCHING_MENTORSHIP, key, payload, Map.of(
                CloudEventHeaders.SPEC_VERSION, "1.0", CloudEventHeaders.ID, eventId,
                CloudEventHeaders.TYPE, "dk.mentor.matching." + name + ".v1", CloudEventHeaders.SOURCE, "/matching-service",
                CloudEventHeaders.SUBJECT, key, CloudEventHeaders.MUNICIPALITY, AARHUS));
    }
}
