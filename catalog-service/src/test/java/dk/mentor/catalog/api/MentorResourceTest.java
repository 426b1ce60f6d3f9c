package dk.mentor.catalog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dk.mentor.testing.tokens.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MentorResourceTest extends CatalogTest {

    @Test
    void shouldRegisterAndReadBackMentorWithEtag() {
        var created = register(coordinator(AARHUS), volunteer("Hanne Mentor", AARHUS))
                .statusCode(201)
                .body("displayName", equalTo("Hanne Mentor"))
                .body("legalBases", equalTo(List.of("LAB_167")))
                .extract();
        String id = created.path("id");
        org.hamcrest.MatcherAssert.assertThat(created.header("Location"), endsWith("/api/v1/mentors/" + id));

        given().header("Authorization", coordinator(AARHUS))
                .when().get("/api/v1/mentors/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id))
                .body("homeMunicipality", equalTo(AARHUS))
                .body("kind", equalTo("VOLUNTEER"));
    }

    @Test
    void shouldHideMentorFromCoordinatorOfAnotherMunicipality() {
        String id = registerVolunteer("Hidden Mentor", AARHUS);
        given().header("Authorization", coordinator(KOBENHAVN))
                .when().get("/api/v1/mentors/" + id)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://mentor.example/problems/not-found"))
                .body("detail", containsString(id));

        given().header("Authorization", TestTokens.user("auditor-aarhus").roles("auditor").municipalities(AARHUS).bearer())
                .queryParam("subjectId", id)
                .when().get("/api/v1/audit-entries")
                .then().statusCode(200)
                .body("items.outcome", hasItem("DENIED"))
                .body("items.find { it.outcome == 'DENIED' }.actorMunicipalities", equalTo(KOBENHAVN))
                .body("items.find { it.outcome == 'DENIED' }.action", equalTo("read"));
    }

    @Test
    void shouldAnswerUnknownIdWithNotFoundProblem() {
        given().header("Authorization", coordinator(AARHUS))
                .when().get("/api/v1/mentors/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not found"));
    }

    @Test
    void shouldListOnlyOwnMunicipalityPagedByName() {
        String municipality = "0746";
        registerVolunteer("B mentor " + UUID.randomUUID(), municipality);
        registerVolunteer("A mentor " + UUID.randomUUID(), municipality);
        given().header("Authorization", coordinator(municipality))
                .queryParam("size", 200).queryParam("homeMunicipality", municipality)
                .when().get("/api/v1/mentors")
                .then().statusCode(200)
                .body("size", equalTo(200))
                .body("totalItems", equalTo(2))
                .body("items[0].displayName", containsString("A mentor"))
                .body("items.homeMunicipality", not(hasItem(AARHUS)));
    }

    @Test
    void shouldRefuseAPageSizeAboveTheLimitRatherThanShortenTheList() {
        given().header("Authorization", coordinator(AARHUS)).queryParam("size", 1000)
                .when().get("/api/v1/mentors")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("size"));
    }

    @Test
    void shouldRefuseRegistrationInMunicipalityTheCallerDoesNotActFor() {
        // outside the caller's municipalities, as for a foreign resource: 404, and audited (FuzzRegressionTest)
        register(coordinator(AARHUS), volunteer("Elsewhere", KOBENHAVN))
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefusePaidMentorWithoutLegalBasisAsRuleViolation() {
        Map<String, Object> body = Map.of("displayName", "Paid", "kind", "PAID_SOCIAL_MENTOR",
                "homeMunicipality", AARHUS, "legalBases", List.of(), "capacityCitizens", 1, "capacityHoursPerWeek", 3);
        register(coordinator(AARHUS), body)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://mentor.example/problems/rule-violated"))
                .body("detail", containsString("legal basis"));
    }

    @Test
    void shouldAllowOnlyCoordinatorsToRegister() {
        String caseworker = TestTokens.user("caseworker").roles("caseworker").municipalities(AARHUS).bearer();
        register(caseworker, volunteer("Nope", AARHUS))
                .statusCode(403)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(volunteer("Anonymous", AARHUS))
                .when().post("/api/v1/mentors")
                .then().statusCode(401);
    }
}
