package dk.mentor.followup.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.contracts.events.Topics;
import dk.mentor.testing.infra.TestInfra;
import dk.mentor.testing.kafka.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** No CPR number reaches the service's log output or any event it publishes, with or without the dash. */
@QuarkusTest
class CprPrivacyTest extends FollowupTest {

    @Test
    void shouldKeepCprNumbersOutOfLogsAndEvents() throws Exception {
        String token = caseworker(AARHUS);
        // one number failing modulus 11 (valid since 2007) and one passing it
        List<String> cprs = List.of(randomCpr(), "070761-4285");
        List<String> plans = new ArrayList<>();
        for (String cpr : cprs) {
            String citizenId = registerCitizen(token, cpr, AARHUS);
            String planId = openPlan(token, citizenId);
            plans.add(planId);
            given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of("cpr", cpr.replace("-", "")))
                    .when().post("/api/v1/citizens/lookup").then().statusCode(200).body("id", equalTo(citizenId))
                    .body("activePlanId", equalTo(planId));
            given().header("Authorization", token).contentType(ContentType.JSON)
                    .body(Map.of("cpr", cpr, "actingMunicipality", AARHUS))
                    .when().post("/api/v1/citizens").then().statusCode(409);
            String username = "privacy-" + uuid();
            addParticipant(planId, username, "LAB_MENTOR", "LAB_167");
            logMeeting(mentor(username), planId, Map.of("note", "Citizen " + cpr + " said hello")).statusCode(201);
        }
        given().header("Authorization", caseworker(KOBENHAVN)).contentType(ContentType.JSON)
                .body(Map.of("cpr", cprs.get(0))).when().post("/api/v1/citizens/lookup").then().statusCode(404);
        given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("cpr", "310290-1234", "actingMunicipality", AARHUS))
                .when().post("/api/v1/citizens").then().statusCode(400).body("errors[0].field", equalTo("cpr"));
        for (String planId : plans) {
            planEvents(planId, 2);
        }

        List<String> forbidden = new ArrayList<>();
        for (String cpr : cprs) {
            forbidden.add(cpr);
            forbidden.add(cpr.replace("-", ""));
        }
        String log = Files.readString(Path.of("target/followup-service-test.log"));
        assertTrue(log.contains("/api/v1/citizens/lookup"), "the scan must see the requests it is about");
        List<ConsumerRecord<String, String>> events = TopicReader.readAll(TestInfra.kafka().bootstrapServers(), Topics.FOLLOWUP_PLAN);
        assertTrue(events.size() >= 4);
        for (String digits : forbidden) {
            assertFalse(log.contains(digits), "a CPR number is in the log output");
            for (ConsumerRecord<String, String> e : events) {
                assertFalse(e.value().contains(digits) || String.valueOf(e.key()).contains(digits)
                        || TopicReader.headers(e).toString().contains(digits), "a CPR number is in an event");
            }
        }
    }
}
