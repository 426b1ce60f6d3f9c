package dk.mentor.catalog.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import dk.mentor.contracts.events.CloudEventHeaders;
import dk.mentor.contracts.events.Topics;
import dk.mentor.testing.infra.TestInfra;
import dk.mentor.testing.kafka.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The current load comes from matching's mentorship events through the real broker; matching does not
 * emit them yet, so the test publishes them as matching would.
 */
@QuarkusTest
class MentorLoadTest extends CatalogTest {

    @Test
    void shouldLowerFreeCapacityOnceForAStartedMentorshipEvenWhenReplayed() {
        String home = "0615"; // Horsens
        String id = activeVolunteer("Load Mentor", home, Map.of("capacityCitizens", 1));
        UUID mentorship = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        publish(mentorship, eventId, "MentorshipStarted", started(mentorship, id, home));
        awaitLoad(id, home, 1);

        given().header("Authorization", coordinator(home)).when().get("/api/v1/mentors/" + id)
                .then().body("freeCapacity", equalTo(false)).body("freeCitizens", equalTo(0))
                .body("committedHoursPerWeek", equalTo(2.5f));
        given().header("Authorization", coordinator(home)).queryParam("homeMunicipality", home)
                .queryParam("freeCapacity", true).when().get("/api/v1/mentors")
                .then().body("items.id", not(hasItem(id)));

        // the same event again, and the same fact under a new event id (a producer-side replay)
        publish(mentorship, eventId, "MentorshipStarted", started(mentorship, id, home));
        publish(mentorship, UUID.randomUUID().toString(), "MentorshipStarted", started(mentorship, id, home));
        // a marker after them on the same partition: when it is applied, the replays have been through too
        String marker = activeVolunteer("Load Marker", home, Map.of());
        UUID markerShip = UUID.randomUUID();
        publish(markerShip, UUID.randomUUID().toString(), "MentorshipStarted", started(markerShip, marker, home));
        awaitLoad(marker, home, 1);
        given().header("Authorization", coordinator(home)).when().get("/api/v1/mentors/" + id)
                .then().body("activeMentorships", equalTo(1)).body("committedHoursPerWeek", equalTo(2.5f));
    }

    @Test
    void shouldFreeCapacityAgainWhenTheMentorshipEnds() {
        String home = "0706"; // Syddjurs
        String id = activeVolunteer("Ending Mentor", home, Map.of("capacityCitizens", 1));
        UUID mentorship = UUID.randomUUID();
        publish(mentorship, UUID.randomUUID().toString(), "MentorshipStarted", started(mentorship, id, home));
        awaitLoad(id, home, 1);
        publish(mentorship, UUID.randomUUID().toString(), "MentorshipEnded", Map.of("mentorshipId", mentorship,
                "planId", UUID.randomUUID(), "mentorId", id, "mentorMunicipality", home, "actingMunicipality", home,
                "hoursPerWeek", 2.5, "reason", "GOAL_REACHED", "endedOn", "2027-03-01", "endedAt", Instant.now().toString()));
        awaitLoad(id, home, 0);
        given().header("Authorization", coordinator(home)).queryParam("homeMunicipality", home)
                .queryParam("freeCapacity", true).when().get("/api/v1/mentors")
                .then().body("items.id", contains(id));
    }

    @Test
    void shouldFollowTheHoursOfARenewalWithoutCountingASecondMentorship() {
        String home = "0710"; // Favrskov: the other tests count the free mentors of their own municipality
        String id = activeVolunteer("Renewed Mentor", home, Map.of("capacityCitizens", 2));
        UUID mentorship = UUID.randomUUID();
        publish(mentorship, UUID.randomUUID().toString(), "MentorshipStarted", started(mentorship, id, home));
        awaitLoad(id, home, 1);
        publish(mentorship, UUID.randomUUID().toString(), "MentorshipRenewed", Map.of("mentorshipId", mentorship,
                "planId", UUID.randomUUID(), "mentorId", id, "actingMunicipality", home, "previousEndsOn", "2027-05-31",
                "endsOn", "2027-11-30", "hoursPerWeek", 4.0, "meetingEveryDays", 14, "renewedAt", Instant.now().toString()));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                given().header("Authorization", coordinator(home)).when().get("/api/v1/mentors/" + id)
                        .then().extract().<Number>path("committedHoursPerWeek").floatValue() == 4.0f);
        given().header("Authorization", coordinator(home)).when().get("/api/v1/mentors/" + id)
                .then().body("activeMentorships", equalTo(1));
    }

    private static void awaitLoad(String id, String home, int expected) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                given().header("Authorization", coordinator(home)).when().get("/api/v1/mentors/" + id)
                        .then().extract().<Integer>path("activeMentorships") == expected);
    }

    static Map<String, Object> started(UUID mentorship, String mentorId, String home) {
        return Map.ofEntries(Map.entry("mentorshipId", mentorship), Map.entry("referralId", UUID.randomUUID()),
                Map.entry("planId", UUID.randomUUID()), Map.entry("mentorId", mentorId), Map.entry("mentorName", "Load Mentor"),
                Map.entry("mentorKind", "VOLUNTEER"), Map.entry("mentorMunicipality", home),
                Map.entry("actingMunicipality", home), Map.entry("legalBasis", "LAB_167"), Map.entry("role", "LAB_MENTOR"),
                Map.entry("targetGroups", java.util.List.of()), Map.entry("hoursPerWeek", 2.5),
                Map.entry("startsOn", "2026-12-01"), Map.entry("endsOn", "2027-05-31"),
                Map.entry("startedAt", Instant.now().toString()));
    }

    static void publish(UUID mentorship, String eventId, String type, Map<String, Object> payload) {
        try {
            String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(payload);
            TopicWriter.send(TestInfra.kafka().bootstrapServers(), Topics.MATCHING_MENTORSHIP, mentorship.toString(), json,
                    Map.of(CloudEventHeaders.ID, eventId, CloudEventHeaders.TYPE, "dk.mentor.matching." + type + ".v1",
                            CloudEventHeaders.SOURCE, "/matching-service", CloudEventHeaders.SUBJECT, mentorship.toString(),
                            CloudEventHeaders.SPEC_VERSION, "1.0", CloudEventHeaders.TIME, Instant.now().toString(),
                            CloudEventHeaders.MUNICIPALITY, String.valueOf(payload.get("actingMunicipality"))));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
