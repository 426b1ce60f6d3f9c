package dk.mentor.followup.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dk.mentor.followup.benchmark.GeneratedPlans;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Lists that can grow with a municipality are counted only up to the cap (mentor.paging.count-cap, 1,000):
 * beyond it a page says totalItemsCapped, and a page reached past the cap is counted to its end. The
 * 1,001 bare plans of a municipality of their own (each with its 3-monthly registration due) are inserted
 * over JDBC, like the benchmark's.
 */
@QuarkusTest
class CappedListsTest extends FollowupTest {

    private static final String AABENRAA = "0580";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldCountPlansAndAlertsOnlyUpToTheCap() throws Exception {
        GeneratedPlans.insert(dataSource, AABENRAA, 1001, 20261204L, false);
        String token = caseworker(AABENRAA);
        given().header("Authorization", token).when().get("/api/v1/plans").then().statusCode(200)
                .body("items", hasSize(20)).body("totalItems", equalTo(1000)).body("totalItemsCapped", equalTo(true));
        given().header("Authorization", token).queryParam("page", 50).when().get("/api/v1/plans").then().statusCode(200)
                .body("items", hasSize(1)).body("totalItems", equalTo(1001)).body("totalItemsCapped", equalTo(false));
        given().header("Authorization", token).queryParam("size", 200).when().get("/api/v1/alerts").then().statusCode(200)
                .body("items", hasSize(200)).body("totalItems", equalTo(1000)).body("totalItemsCapped", equalTo(true));
    }
}
