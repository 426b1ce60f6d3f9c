package dk.mentor.catalog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.mentor.catalog.domain.MentorCriteria;
import dk.mentor.catalog.infra.persistence.MentorRepository;
import dk.mentor.kit.api.CappedCount;
import dk.mentor.kit.api.PageRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Search by each criterion, free capacity, and stable paging. Each test owns a municipality. */
@QuarkusTest
class MentorSearchTest extends CatalogTest {

    @Inject
    MentorRepository mentors;

    private static RequestSpecification as(String token) {
        return given().header("Authorization", token);
    }

    @Test
    void shouldFilterByEveryProfileCriterion() {
        String home = "0147"; // Frederiksberg
        String match = activeVolunteer("S Match", home, Map.of("languages", List.of("ar"), "gender", "FEMALE",
                "targetGroups", List.of("SUBSTANCE_MISUSE"), "competences", List.of("Network"),
                "meetingPlaces", List.of("CITIZEN_HOME"), "postcode", "2000",
                "meetingWindows", List.of(Map.of("day", "TUESDAY", "from", "08:00", "to", "16:00"))));
        activeVolunteer("S Other", home, Map.of("languages", List.of("da"), "gender", "MALE",
                "meetingWindows", List.of(Map.of("day", "TUESDAY", "from", "12:00", "to", "16:00"))));
        String token = coordinator(home);

        for (Map<String, Object> query : List.<Map<String, Object>>of(Map.of("language", "AR"), Map.of("gender", "FEMALE"),
                Map.of("targetGroup", "SUBSTANCE_MISUSE"), Map.of("competence", "network"), Map.of("place", "CITIZEN_HOME"),
                Map.of("postcode", "2000"), Map.of("day", "TUESDAY", "from", "09:00", "to", "11:00"))) {
            as(token).queryParam("homeMunicipality", home).queryParams(query).when().get("/api/v1/mentors")
                    .then().statusCode(200).body("items.id", contains(match));
        }
        as(token).queryParam("homeMunicipality", home).queryParam("kind", "VOLUNTEER").queryParam("legalBasis", "LAB_167")
                .when().get("/api/v1/mentors").then().body("totalItems", equalTo(2));
        as(token).queryParam("homeMunicipality", home).queryParam("kind", "COMPANY_MENTOR")
                .when().get("/api/v1/mentors").then().body("items", empty());
    }

    @Test
    void shouldFindMentorsServingAMunicipalityThroughSharing() {
        Map<String, Object> listed = volunteer("Shared to Vejle", "0791");
        listed.put("sharingScope", "LISTED_MUNICIPALITIES");
        listed.put("sharedWith", List.of("0630"));
        String shared = registered(listed);
        String own = registerVolunteer("Own in Vejle", "0630");
        registerVolunteer("Not shared", "0791");
        as(caseworker("0630")).queryParam("municipality", "0630").when().get("/api/v1/mentors")
                .then().statusCode(200).body("items.id", hasItem(shared)).body("items.id", hasItem(own))
                .body("items.displayName", not(hasItem("Not shared")));
    }

    @Test
    void shouldLeavePausedAndFullMentorsOutOfAFreeCapacitySearch() {
        String home = "0657"; // Herning
        String free = activeVolunteer("F Free", home, Map.of());
        String paused = activeVolunteer("F Paused", home, Map.of());
        moveTo(coordinator(home), paused, "PAUSED", "Holiday").statusCode(200);
        String full = activeVolunteer("F Full", home, Map.of("capacityCitizens", 0));
        registerVolunteer("F Applicant", home);

        as(coordinator(home)).queryParam("homeMunicipality", home).queryParam("freeCapacity", true)
                .when().get("/api/v1/mentors")
                .then().statusCode(200).body("items.id", contains(free))
                .body("items.id", not(hasItem(full)));
    }

    @Test
    void shouldPageInAStableOrderToTheEnd() {
        String home = "0661"; // Holstebro
        for (String name : List.of("P Delta", "P Alpha", "P Charlie", "P Bravo", "P Echo")) {
            registerVolunteer(name, home);
        }
        List<String> seen = new java.util.ArrayList<>();
        for (int page = 0; page < 3; page++) {
            seen.addAll(as(coordinator(home)).queryParam("homeMunicipality", home).queryParam("page", page)
                    .queryParam("size", 2).when().get("/api/v1/mentors")
                    .then().statusCode(200).body("totalItems", equalTo(5)).extract().path("items.displayName"));
        }
        org.junit.jupiter.api.Assertions.assertEquals(List.of("P Alpha", "P Bravo", "P Charlie", "P Delta", "P Echo"), seen);
        as(coordinator(home)).queryParam("homeMunicipality", home).queryParam("page", 3).queryParam("size", 2)
                .when().get("/api/v1/mentors").then().body("items", empty());
    }

    /** The national catalogue is counted only up to a cap, so a page costs the same however many mentors it holds. */
    @Test
    void shouldCountASearchOnlyUpToItsLimitAndSaySo() {
        String home = "0665"; // Lemvig
        for (String name : List.of("C One", "C Two", "C Three", "C Four")) {
            registerVolunteer(name, home);
        }
        MentorCriteria inLemvig = new MentorCriteria(null, home, null, null, null, null, null, null, null, null, null,
                null, null, false, null, null, null);
        MentorRepository.Viewer staff = new MentorRepository.Viewer(Set.of(home), null);

        PageRequest firstTwo = new PageRequest(0, 2);

        assertEquals(new CappedCount(3, true),
                QuarkusTransaction.requiringNew().call(() -> mentors.search(inLemvig, staff, firstTwo, 3).total()));
        assertEquals(new CappedCount(4, false),
                QuarkusTransaction.requiringNew().call(() -> mentors.search(inLemvig, staff, firstTwo, 4).total()));
        // A page that is not full gives its total whatever the cap (the repository then skips the count).
        assertEquals(new CappedCount(4, false), QuarkusTransaction.requiringNew()
                .call(() -> mentors.search(inLemvig, staff, new PageRequest(0, 20), 3).total()));
        as(coordinator(home)).queryParam("homeMunicipality", home).when().get("/api/v1/mentors")
                .then().statusCode(200).body("totalItems", equalTo(4)).body("totalItemsCapped", equalTo(false));
    }

    @Test
    void shouldNameABadSearchParameter() {
        as(coordinator(AARHUS)).queryParam("kind", "WIZARD").when().get("/api/v1/mentors")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("kind"));
        as(coordinator(AARHUS)).queryParam("day", "MONDAY").queryParam("from", "25:00").queryParam("to", "26:00")
                .when().get("/api/v1/mentors").then().statusCode(400).body("errors[0].field", equalTo("from"));
        as(coordinator(AARHUS)).queryParam("from", "10:00").when().get("/api/v1/mentors")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
    }
}
