package dk.mentor.refusion.api;

import static dk.mentor.refusion.Feed.minutes;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dk.mentor.refusion.Api;
import dk.mentor.refusion.Feed;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Planned against actual mentor hours over REST, the actual hours from meetings that came through the real broker. */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "refusion"))
class MentorBudgetResourceTest {

    private static final String ROSKILDE = "0265";
    private static final String PATH = "/api/v1/mentor-budgets/" + ROSKILDE + "/2010/ACTIVITY_READY";

    @Test
    void shouldSetABudgetWithOptimisticLockingAndReadItAgainstTheLedgersHours() {
        UUID plan = UUID.randomUUID();
        UUID mentor = UUID.randomUUID();
        Feed.publish(Feed.planOpened(plan, ROSKILDE, List.of("ACTIVITY_READY"), LocalDate.of(2010, 1, 4)));
        Feed.publish(Feed.profile(mentor, ROSKILDE, 1, "150", false, LocalDate.of(2009, 12, 1)));
        UUID first = UUID.randomUUID();
        Feed.publish(Feed.meeting(plan, first, ROSKILDE, mentor, LocalDate.of(2010, 3, 1), minutes("LAB_78", 60)));
        Feed.publish(Feed.meeting(plan, UUID.randomUUID(), ROSKILDE, mentor, LocalDate.of(2010, 3, 8), minutes("LAB_78", 90)));
        // corrected from 60 to 30 minutes: only the correction's 30 minutes stand, so 30 + 90 minutes = 2 hours
        Feed.publish(Feed.correction(plan, first, 2, ROSKILDE, mentor, LocalDate.of(2010, 3, 1), minutes("LAB_78", 30)));
        // another year does not count
        Feed.publish(Feed.meeting(plan, UUID.randomUUID(), ROSKILDE, mentor, LocalDate.of(2011, 1, 3), minutes("LAB_78", 600)));

        ValidatableResponse created = put(Api.finance(ROSKILDE), null, "10").statusCode(200).header("ETag", "\"1\"")
                .body("plannedHours", equalTo(10.0f)).body("version", equalTo(1));
        await().atMost(Duration.ofSeconds(60)).until(() -> Api.finance(ROSKILDE).when().get(PATH).then().statusCode(200)
                .extract().jsonPath().getFloat("actualHours") == 2.0f);
        Api.finance(ROSKILDE).when().get(PATH).then().statusCode(200).header("ETag", "\"1\"")
                .body("remainingHours", equalTo(8.0f)).body("percentUsed", equalTo(20));

        put(Api.finance(ROSKILDE), null, "12").statusCode(428).contentType("application/problem+json");
        put(Api.finance(ROSKILDE), "\"7\"", "12").statusCode(412).contentType("application/problem+json");
        put(Api.coordinator(ROSKILDE), created.extract().header("ETag"), "4").statusCode(200).header("ETag", "\"2\"")
                .body("remainingHours", equalTo(2.0f)).body("percentUsed", equalTo(50));

        List<Map<String, Object>> year = Api.coordinator(ROSKILDE).queryParam("municipality", ROSKILDE)
                .queryParam("year", 2010).when().get("/api/v1/mentor-budgets").then().statusCode(200)
                .body("totalItems", equalTo(1)).extract().jsonPath().getList("items");
        org.junit.jupiter.api.Assertions.assertEquals("ACTIVITY_READY", year.get(0).get("targetGroup"));
        org.junit.jupiter.api.Assertions.assertEquals(4.0f, year.get(0).get("plannedHours"));
        // a group with hours but no budget is listed with a null plan
        await().atMost(Duration.ofSeconds(60)).until(() -> Api.finance(ROSKILDE).queryParam("municipality", ROSKILDE)
                .queryParam("year", 2011).when().get("/api/v1/mentor-budgets").then().statusCode(200)
                .extract().jsonPath().getInt("totalItems") == 1);
        Api.finance(ROSKILDE).queryParam("municipality", ROSKILDE).queryParam("year", 2011).when()
                .get("/api/v1/mentor-budgets").then().body("items[0].plannedHours", nullValue())
                .body("items[0].actualHours", equalTo(10.0f));
    }

    @Test
    void shouldRefuseAnotherMunicipalityBadFieldsAndOtherRoles() {
        put(Api.finance("0751"), null, "10").statusCode(404).contentType("application/problem+json");
        Api.finance("0751").when().get(PATH).then().statusCode(404);
        put(Api.finance(ROSKILDE), null, "-1").statusCode(400).contentType("application/problem+json");
        put(Api.finance(ROSKILDE), null, "1.005").statusCode(400);
        Api.finance(ROSKILDE).contentType(ContentType.JSON).body(Map.of("plannedHours", 5)).when()
                .put("/api/v1/mentor-budgets/" + ROSKILDE + "/2010/NOT_A_GROUP").then().statusCode(422)
                .body("errors[0].field", equalTo("targetGroup"));
        Api.finance(ROSKILDE).when().get("/api/v1/mentor-budgets/" + ROSKILDE + "/twenty-ten/FLEX_JOB").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("year"));
        Api.finance(ROSKILDE).queryParam("municipality", ROSKILDE).when().get("/api/v1/mentor-budgets").then().statusCode(400);
        Api.auditor(ROSKILDE).when().get(PATH).then().statusCode(403);
        Api.finance(ROSKILDE).when().get("/api/v1/mentor-budgets/" + ROSKILDE + "/2010/FLEX_JOB").then().statusCode(404);
    }

    private static ValidatableResponse put(RequestSpecification as, String ifMatch, String hours) {
        RequestSpecification request = as.contentType(ContentType.JSON).body("{\"plannedHours\": " + hours + "}");
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().put(PATH).then();
    }
}
