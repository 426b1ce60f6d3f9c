package dk.mentor.catalog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Organisations belong to a municipality; an agreement lets another municipality see them. */
@QuarkusTest
class OrganisationResourceTest extends CatalogTest {

    private static String organisation(String municipality, String name) {
        return given().header("Authorization", coordinator(municipality)).contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "MENTOR_CORPS", "homeMunicipality", municipality))
                .when().post("/api/v1/organisations")
                .then().statusCode(201).body("kind", equalTo("MENTOR_CORPS")).extract().path("id");
    }

    @Test
    void shouldShareAnOrganisationThroughAnAgreement() {
        String id = organisation(AARHUS, "Mentorkorps Aarhus");
        given().header("Authorization", caseworker(ODENSE)).when().get("/api/v1/organisations/" + id)
                .then().statusCode(404);
        given().header("Authorization", coordinator(AARHUS)).contentType(ContentType.JSON)
                .body(Map.of("municipality", ODENSE, "validFrom", "2026-01-01", "validTo", "2099-12-31",
                        "description", "Volunteers for young unemployed"))
                .when().post("/api/v1/organisations/" + id + "/agreements")
                .then().statusCode(201).body("inForce", equalTo(true));
        given().header("Authorization", caseworker(ODENSE)).when().get("/api/v1/organisations/" + id)
                .then().statusCode(200).body("name", equalTo("Mentorkorps Aarhus"));
        given().header("Authorization", caseworker(ODENSE)).when().get("/api/v1/organisations/" + id + "/agreements")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].municipality", equalTo(ODENSE));
        given().header("Authorization", coordinator(ODENSE)).contentType(ContentType.JSON)
                .body(Map.of("municipality", ODENSE, "validFrom", "2026-01-01", "description", "Self-granted"))
                .when().post("/api/v1/organisations/" + id + "/agreements")
                .then().statusCode(403);
    }

    @Test
    void shouldRefuseAnAgreementThatEndsBeforeItStarts() {
        String id = organisation(AARHUS, "Backwards");
        given().header("Authorization", coordinator(AARHUS)).contentType(ContentType.JSON)
                .body(Map.of("municipality", ODENSE, "validFrom", "2026-06-01", "validTo", "2026-01-01", "description", "x"))
                .when().post("/api/v1/organisations/" + id + "/agreements")
                .then().statusCode(422);
    }

    @Test
    void shouldLinkAMentorToAnExistingOrganisationOnly() {
        String id = organisation("0550", "Tønder NGO");
        Map<String, Object> body = volunteer("Org Mentor", "0550");
        body.put("organisationId", id);
        register(coordinator("0550"), body).statusCode(201).body("organisationId", equalTo(id));
        body.put("organisationId", java.util.UUID.randomUUID().toString());
        register(coordinator("0550"), body).statusCode(400).body("errors[0].field", equalTo("organisationId"));
        given().header("Authorization", coordinator("0550")).when().get("/api/v1/organisations")
                .then().statusCode(200).body("items.name", hasItem("Tønder NGO"))
                .body("items.name", not(hasItem("Mentorkorps Aarhus")));
    }
}
