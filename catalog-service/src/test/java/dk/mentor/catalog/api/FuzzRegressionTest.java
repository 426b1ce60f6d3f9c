package dk.mentor.catalog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Cases the fuzzer (FuzzTest) found, each kept as it was sent. */
@QuarkusTest
class FuzzRegressionTest extends CatalogTest {

    /** A blank path segment converted to a null id, which the database lookup refused with a 500. */
    @Test
    void blankPathIdIs400() {
        for (String path : new String[] {"/api/v1/mentors/%20", "/api/v1/organisations/%20/agreements",
                "/api/v1/training-courses/%20", "/api/v1/training-sessions/%20/attendances"}) {
            given().urlEncodingEnabled(false).header("Authorization", coordinator(AARHUS))
                    .when().get(path)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("id"));
        }
    }

    /**
     * Found by the isolation matrix: registering in a municipality the caller does not act for was a
     * 400 naming the field and left no trace; it is refused as a foreign resource is, 404 and audited.
     */
    @Test
    void registrationInForeignMunicipalityIs404AndAudited() {
        String caller = "coordinator-" + AARHUS;
        register(coordinator(AARHUS), volunteer("Elsewhere", KOBENHAVN)).statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", coordinator(AARHUS)).contentType(ContentType.JSON)
                .body("{\"name\":\"Elsewhere corps\",\"kind\":\"MENTOR_CORPS\",\"homeMunicipality\":\"0101\"}")
                .when().post("/api/v1/organisations").then().statusCode(404);
        given().header("Authorization", coordinator(AARHUS)).contentType(ContentType.JSON)
                .body("{\"organiserMunicipality\":\"0101\",\"kind\":\"START_COURSE\",\"title\":\"Elsewhere\"}")
                .when().post("/api/v1/training-courses").then().statusCode(404);
        given().header("Authorization", auditor(KOBENHAVN)).queryParam("subjectId", KOBENHAVN).queryParam("size", 200)
                .when().get("/api/v1/audit-entries")
                .then().statusCode(200)
                .body("items.findAll { it.outcome == 'DENIED' && it.actorName == '" + caller + "' }.action",
                        hasItems("register", "register organisation", "create course"));
    }

    /** A JSON number is read as a day count; 2147483648 days is past what PostgreSQL's date holds, which was a 500. */
    @Test
    void dateAsHugeNumberIs400() {
        String organisation = given().header("Authorization", coordinator(AARHUS)).contentType(ContentType.JSON)
                .body("{\"name\":\"Regression corps\",\"kind\":\"MENTOR_CORPS\",\"homeMunicipality\":\"0751\"}")
                .when().post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        given().header("Authorization", coordinator(AARHUS)).contentType(ContentType.JSON)
                .body("{\"description\":\"Up to 20 volunteer mentors\",\"municipality\":\"0751\",\"validFrom\":2147483648}")
                .when().post("/api/v1/organisations/" + organisation + "/agreements")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://mentor.example/problems/validation-failed"));
        given().header("Authorization", coordinator(AARHUS))
                .when().get("/api/v1/organisations/" + organisation + "/agreements")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }
}
