package dk.mentor.catalog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Syncing the catalogue: the mentors changed since an instant, oldest change first. */
@QuarkusTest
class MentorChangesTest extends CatalogTest {

    @Test
    void shouldListTheMentorsChangedSinceAnInstantByChangeThenId() {
        String first = registerVolunteer("Zeta Changes", AARHUS);
        String second = registerVolunteer("Alpha Changes", AARHUS);
        Instant firstChanged = changedAt(first);
        Instant secondChanged = changedAt(second);

        // by change, not by name: Zeta was registered first
        assertEquals(List.of(first, second), changedSince(firstChanged).stream()
                .filter(id -> id.equals(first) || id.equals(second)).toList());

        moveTo(coordinator(AARHUS), first, "RETIRED", "Moved away").statusCode(200);
        List<String> later = changedSince(secondChanged.plus(1, ChronoUnit.MICROS));
        assertTrue(later.contains(first), "the status change counts");
        assertFalse(later.contains(second), "the other mentor did not change");
        assertFalse(changedSince(changedAt(first).plus(1, ChronoUnit.MICROS)).contains(first));

        given().header("Authorization", coordinator(AARHUS)).queryParam("updatedSince", "2026-12-03")
                .when().get("/api/v1/mentors").then().statusCode(400).body("errors[0].field", equalTo("updatedSince"));
    }

    private static Instant changedAt(String id) {
        return Instant.parse(given().header("Authorization", coordinator(AARHUS)).when().get("/api/v1/mentors/" + id)
                .then().statusCode(200).extract().path("changedAt"));
    }

    private static List<String> changedSince(Instant since) {
        return given().header("Authorization", coordinator(AARHUS)).queryParam("updatedSince", since.toString())
                .queryParam("homeMunicipality", AARHUS).queryParam("size", 100)
                .when().get("/api/v1/mentors").then().statusCode(200).extract().path("items.id");
    }
}
