package dk.mentor.catalog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dk.mentor.testing.tokens.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who sees a mentor and its contact details, who edits, and the mentor's own access. */
@QuarkusTest
class MentorSharingTest extends CatalogTest {

    private static final Map<String, Object> CONTACT = Map.of("email", "mentor@example.dk", "phone", "+45 11 22 33 44");

    @Test
    void shouldHideUnsharedMentorFromOtherMunicipalityAndAuditTheAttempt() {
        String id = registerVolunteer("Unshared", AARHUS);
        given().header("Authorization", caseworker(KOBENHAVN)).when().get("/api/v1/mentors/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", auditor(AARHUS)).queryParam("subjectId", id)
                .when().get("/api/v1/audit-entries")
                .then().statusCode(200)
                .body("items.find { it.outcome == 'DENIED' }.actorMunicipalities", equalTo(KOBENHAVN));
    }

    @Test
    void shouldLetListedMunicipalityReadWithContactButNotEdit() {
        Map<String, Object> body = volunteer("Listed", AARHUS);
        body.put("sharingScope", "LISTED_MUNICIPALITIES");
        body.put("sharedWith", List.of(KOBENHAVN));
        body.put("contact", CONTACT);
        String id = registered(body);

        given().header("Authorization", caseworker(KOBENHAVN)).when().get("/api/v1/mentors/" + id)
                .then().statusCode(200).body("contact.email", equalTo("mentor@example.dk"));
        given().header("Authorization", caseworker(ODENSE)).when().get("/api/v1/mentors/" + id)
                .then().statusCode(404);
        put(coordinator(KOBENHAVN), "/api/v1/mentors/" + id, etag(coordinator(KOBENHAVN), id), body)
                .statusCode(403).contentType("application/problem+json");
    }

    @Test
    void shouldShowNationalMentorEverywhereButContactOnlyToHomeAndListed() {
        Map<String, Object> body = volunteer("National", AARHUS);
        body.put("sharingScope", "NATIONAL");
        body.put("contact", CONTACT);
        String id = registered(body);
        given().header("Authorization", caseworker(ODENSE)).when().get("/api/v1/mentors/" + id)
                .then().statusCode(200).body("contact", nullValue()).body("displayName", equalTo("National"));
        given().header("Authorization", coordinator(AARHUS)).when().get("/api/v1/mentors/" + id)
                .then().statusCode(200).body("contact.phone", equalTo("+45 11 22 33 44"));
    }

    @Test
    void shouldLetMentorReadAndChangeOwnAvailabilityAndContactOnly() {
        String username = "mentor-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = volunteer("Own Account", AARHUS);
        body.put("accountUsername", username);
        body.put("contact", CONTACT);
        String id = registered(body);
        String own = mentorAccount(username);

        given().header("Authorization", own).when().get("/api/v1/mentors/" + id)
                .then().statusCode(200).body("contact.email", equalTo("mentor@example.dk"));
        put(own, "/api/v1/mentors/" + id + "/availability", etag(own, id), Map.of(
                "meetingWindows", List.of(Map.of("day", "MONDAY", "from", "08:00", "to", "12:00")),
                "eveningsAndWeekends", true, "meetingPlaces", List.of("PUBLIC_PLACE")))
                .statusCode(200).body("eveningsAndWeekends", equalTo(true)).body("meetingWindows[0].day", equalTo("MONDAY"));
        put(own, "/api/v1/mentors/" + id + "/contact-details", etag(own, id), Map.of("email", "new@example.dk"))
                .statusCode(200).body("contact.email", equalTo("new@example.dk"));
        put(own, "/api/v1/mentors/" + id, etag(own, id), body).statusCode(403);

        String stranger = mentorAccount("someone-else");
        given().header("Authorization", stranger).when().get("/api/v1/mentors/" + id).then().statusCode(404);
        given().header("Authorization", stranger).when().get("/api/v1/mentors").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void shouldRefuseAnAccountThatBelongsToAnotherMentor() {
        String username = "taken-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> first = volunteer("First", AARHUS);
        first.put("accountUsername", username);
        registered(first);
        Map<String, Object> second = volunteer("Second", AARHUS);
        second.put("accountUsername", username);
        register(coordinator(AARHUS), second).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void shouldGiveNothingToRolesOutsideTheCatalogue() {
        String id = registerVolunteer("Finance cannot", AARHUS);
        String finance = TestTokens.user("finance").roles("finance-officer").municipalities(AARHUS).bearer();
        given().header("Authorization", finance).when().get("/api/v1/mentors/" + id)
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", caseworker(AARHUS)).when().get("/api/v1/mentors/" + id)
                .then().statusCode(200).body("contact", notNullValue());
        given().header("Authorization", auditor(AARHUS)).queryParam("subjectId", id)
                .when().get("/api/v1/audit-entries")
                .then().statusCode(200).body("items.action", hasItem("register"));
    }
}
