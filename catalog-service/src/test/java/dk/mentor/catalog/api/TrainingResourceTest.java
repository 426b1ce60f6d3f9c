package dk.mentor.catalog.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dk.mentor.contracts.events.CloudEventHeaders;
import dk.mentor.contracts.events.Topics;
import dk.mentor.testing.infra.TestInfra;
import dk.mentor.testing.kafka.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Courses, sessions and attendance; each attendance is a training cost announced on catalog.training.v1. */
@QuarkusTest
class TrainingResourceTest extends CatalogTest {

    private static String post(String path, Object body) {
        return given().header("Authorization", coordinator(AARHUS)).contentType(ContentType.JSON).body(body)
                .when().post(path).then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldRecordAttendanceWithCostAndAnnounceIt() {
        String mentor = registerVolunteer("Trainee", AARHUS);
        String course = post("/api/v1/training-courses", Map.of("organiserMunicipality", AARHUS, "kind", "START_COURSE",
                "title", "Start course, spring"));
        String session = post("/api/v1/training-courses/" + course + "/sessions", Map.of("heldOn", "2027-02-03",
                "hours", 7, "costPerParticipant", 1200));
        String attendance = post("/api/v1/training-sessions/" + session + "/attendances", Map.of("mentorId", mentor));

        given().header("Authorization", coordinator(AARHUS)).when().get("/api/v1/mentors/" + mentor + "/training")
                .then().statusCode(200).body("startCourseCompleted", equalTo(true))
                .body("totalHours", equalTo(7.0f)).body("totalCost", equalTo(1200.0f))
                .body("attendances[0].courseTitle", equalTo("Start course, spring"));

        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(20)).until(() ->
                TopicReader.readAll(TestInfra.kafka().bootstrapServers(), Topics.CATALOG_TRAINING).stream()
                        .filter(r -> attendance.equals(r.key())).toList(), r -> !r.isEmpty());
        assertThat(TopicReader.header(records.get(0), CloudEventHeaders.TYPE), equalTo("dk.mentor.catalog.TrainingAttended.v1"));
        assertThat(records.get(0).value(), containsString("\"cost\":1200.00"));
        assertThat(records.get(0).value(), containsString("\"courseKind\":\"START_COURSE\""));

        given().header("Authorization", coordinator(AARHUS)).contentType(ContentType.JSON).body(Map.of("mentorId", mentor))
                .when().post("/api/v1/training-sessions/" + session + "/attendances").then().statusCode(409);
        given().header("Authorization", coordinator(AARHUS)).when().get("/api/v1/training-sessions/" + session + "/attendances")
                .then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void shouldRefuseMoreHoursThanTheSessionAndHideCoursesOfOthers() {
        String mentor = registerVolunteer("Overtime", AARHUS);
        String course = post("/api/v1/training-courses", Map.of("organiserMunicipality", AARHUS, "kind", "EVENING_SESSION",
                "title", "Evening"));
        String session = post("/api/v1/training-courses/" + course + "/sessions", Map.of("heldOn", "2027-03-03",
                "hours", 2, "costPerParticipant", 150));
        given().header("Authorization", coordinator(AARHUS)).contentType(ContentType.JSON)
                .body(Map.of("mentorId", mentor, "hours", 3))
                .when().post("/api/v1/training-sessions/" + session + "/attendances").then().statusCode(422);
        given().header("Authorization", coordinator(KOBENHAVN)).when().get("/api/v1/training-courses/" + course)
                .then().statusCode(404);
        given().header("Authorization", coordinator(AARHUS)).when().get("/api/v1/training-courses/" + course + "/sessions")
                .then().statusCode(200).body("items[0].hours", equalTo(2.0f));
    }
}
