package dk.mentor.catalog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lifecycle and its vetting gate, with optimistic locking on every change. */
@QuarkusTest
class MentorLifecycleTest extends CatalogTest {

    @Test
    void shouldRefuseActivationWithoutRequiredVettingAndNameWhatIsMissing() {
        String id = registerVolunteer("Unvetted", AARHUS);
        String token = coordinator(AARHUS);
        moveTo(token, id, "APPROVED", "Interview went well").statusCode(200).body("status", equalTo("APPROVED"));

        moveTo(token, id, "ACTIVE", "Eager to start")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://mentor.example/problems/rule-violated"))
                .body("detail", containsString("børneattest"))
                .body("detail", containsString("intake interview"));
        given().header("Authorization", token).when().get("/api/v1/mentors/" + id)
                .then().statusCode(200).body("status", equalTo("APPROVED"))
                .body("vettingComplete", equalTo(false))
                .body("missingVetting", hasSize(2));
    }

    @Test
    void shouldRefuseActivationOfPaidMentorWithoutCriminalRecordCheck() {
        Map<String, Object> body = volunteer("Paid Unchecked", AARHUS);
        body.put("kind", "PAID_SOCIAL_MENTOR");
        body.put("paidTerms", Map.of("hourlyRate", 350, "transportPaid", true));
        String id = registered(body);
        String token = coordinator(AARHUS);
        put(token, "/api/v1/mentors/" + id + "/vetting", etag(token, id), fullVolunteerVetting()).statusCode(200);
        moveTo(token, id, "APPROVED", "ok").statusCode(200);
        moveTo(token, id, "ACTIVE", "ok").statusCode(422).body("detail", containsString("criminal-record check"));
    }

    @Test
    void shouldActivatePauseAndRetireWithReasons() {
        String id = activeVolunteer("Lifecycle", AARHUS, Map.of());
        String token = coordinator(AARHUS);
        given().header("Authorization", token).when().get("/api/v1/mentors/" + id)
                .then().body("status", equalTo("ACTIVE")).body("vettingComplete", equalTo(true))
                .body("statusReason", equalTo("Vetting in order")).body("freeCapacity", equalTo(true));
        moveTo(token, id, "PAUSED", "Summer holiday").statusCode(200).body("freeCapacity", equalTo(false));
        moveTo(token, id, "RETIRED", "Moved abroad").statusCode(200).body("statusReason", equalTo("Moved abroad"));
        moveTo(token, id, "ACTIVE", "Back").statusCode(422).body("detail", containsString("RETIRED"));
    }

    @Test
    void shouldRequireCurrentVersionForChanges() {
        String id = registerVolunteer("Locked", AARHUS);
        String token = coordinator(AARHUS);
        given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("status", "APPROVED", "reason", "no etag"))
                .when().post("/api/v1/mentors/" + id + "/status")
                .then().statusCode(428).contentType("application/problem+json");
        given().header("Authorization", token).header("If-Match", "\"41\"").contentType(ContentType.JSON)
                .body(Map.of("status", "APPROVED", "reason", "old etag"))
                .when().post("/api/v1/mentors/" + id + "/status")
                .then().statusCode(412).body("type", equalTo("https://mentor.example/problems/stale-write"));
    }

    @Test
    void shouldEditTheFormAndBumpTheVersion() {
        String id = registerVolunteer("Editable", AARHUS);
        String token = coordinator(AARHUS);
        String before = etag(token, id);
        Map<String, Object> body = volunteer("Edited Name", AARHUS);
        body.put("languages", List.of("DA", "ar"));
        body.put("competences", List.of(" Network "));
        body.put("targetGroups", List.of("SUBSTANCE_MISUSE"));
        body.put("meetingWindows", List.of(Map.of("day", "TUESDAY", "from", "08:00", "to", "16:00")));
        body.put("meetingPlaces", List.of("CITIZEN_HOME"));
        body.put("commitmentMonths", 12);
        put(token, "/api/v1/mentors/" + id, before, body)
                .statusCode(200)
                .body("displayName", equalTo("Edited Name"))
                .body("languages", equalTo(List.of("ar", "da")))
                .body("competences", equalTo(List.of("network")))
                .body("meetingWindows[0].day", equalTo("TUESDAY"))
                .body("meetingWindows[0].from", equalTo("08:00:00"))
                .body("commitmentMonths", equalTo(12));
        put(token, "/api/v1/mentors/" + id, before, body).statusCode(412);
    }

    @Test
    void shouldRefuseVettingCheckedWithoutDateAsRuleViolation() {
        String id = registerVolunteer("Dateless", AARHUS);
        String token = coordinator(AARHUS);
        put(token, "/api/v1/mentors/" + id + "/vetting", etag(token, id),
                Map.of("childCertificateStatus", "CLEARED", "criminalRecordStatus", "NOT_REQUESTED"))
                .statusCode(422).body("detail", containsString("date"));
        put(token, "/api/v1/mentors/" + id + "/vetting", etag(token, id),
                Map.of("childCertificateStatus", "MAYBE", "criminalRecordStatus", "NOT_REQUESTED"))
                .statusCode(400).body("errors.field", hasItem("childCertificateStatus"));
    }
}
