package dk.mentor.catalog.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A mentorship matching-service starts for a vetted volunteer's catalogue mentor is the volunteer's match,
 * and the mentee's when the programme knows the citizen's plan; published through the real broker as
 * matching publishes it, once and again under a new event id.
 */
@QuarkusTest
class VolunteerMatchFromMentorshipTest extends CatalogTest {

    @Test
    void shouldMatchBothSidesOnceWhenTheVolunteersMentorshipStarts() {
        String home = VolunteerProgrammeTest.AALBORG;
        String programme = VolunteerProgrammeTest.programme(VolunteerProgrammeTest.corps(home, VolunteerProgrammeTest.HJORRING), 3);
        String mentor = activeVolunteer("Event Frivillig", home, Map.of());
        String volunteer = VolunteerProgrammeTest.volunteer(programme, home, "COMPANY", "Event Frivillig");
        VolunteerProgrammeTest.step(programme, volunteer, home, "INTERVIEWED", 20, null).statusCode(200);
        VolunteerProgrammeTest.step(programme, volunteer, home, "VETTED", 15, mentor).statusCode(200);
        UUID plan = UUID.randomUUID();
        Map<String, Object> menteeBody = new HashMap<>(Map.of("side", "MENTEE", "municipality", home, "channel", "JOBCENTRE",
                "inquiryOn", VolunteerProgrammeTest.day(30), "ageBand", "AGE_30_39", "planId", plan.toString()));
        String mentee = VolunteerProgrammeTest.post(home, "/api/v1/volunteer-programmes/" + programme + "/entries", menteeBody)
                .statusCode(201).extract().path("id");
        VolunteerProgrammeTest.step(programme, mentee, home, "INTERVIEWED", 12, null).statusCode(200);
        VolunteerProgrammeTest.step(programme, mentee, home, "VETTED", 10, null).statusCode(200);

        UUID mentorship = UUID.randomUUID();
        Map<String, Object> started = new HashMap<>(MentorLoadTest.started(mentorship, mentor, home));
        started.put("planId", plan);
        started.put("startsOn", VolunteerProgrammeTest.day(5));
        MentorLoadTest.publish(mentorship, UUID.randomUUID().toString(), "MentorshipStarted", started);
        String path = "/api/v1/volunteer-programmes/" + programme + "/entries/";
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                "MATCHED".equals(VolunteerProgrammeTest.as(home).get(path + mentee).then().extract().path("stage")));
        VolunteerProgrammeTest.as(home).get(path + volunteer).then().body("stage", equalTo("MATCHED"))
                .body("matchedOn", equalTo(VolunteerProgrammeTest.day(5)))
                .body("commitmentFrom", equalTo(VolunteerProgrammeTest.day(5)));

        // the replay under a new event id, then a marker mentorship: once the marker is counted, the replay was through
        MentorLoadTest.publish(mentorship, UUID.randomUUID().toString(), "MentorshipStarted", started);
        String marker = activeVolunteer("Event Marker", home, Map.of());
        UUID markerShip = UUID.randomUUID();
        MentorLoadTest.publish(markerShip, UUID.randomUUID().toString(), "MentorshipStarted",
                MentorLoadTest.started(markerShip, marker, home));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                VolunteerProgrammeTest.as(home).get("/api/v1/mentors/" + marker).then().extract()
                        .<Integer>path("activeMentorships") == 1);
        VolunteerProgrammeTest.as(home).get("/api/v1/volunteer-programmes/" + programme + "/report").then().statusCode(200)
                .body("lines.result", contains(1, 1, 1));
    }
}
