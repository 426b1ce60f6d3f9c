package dk.mentor.refusion.api;

import static dk.mentor.refusion.Feed.minutes;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.mentor.refusion.Api;
import dk.mentor.refusion.Feed;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Cost and effect over REST, from plans, mentorships, meetings and outcomes that came through the real broker. */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "refusion"))
class CostAndEffectResourceTest {

    private static final String GREVE = "0253";

    @Test
    void shouldReportNetCostPerCitizenMonthAndOutcomeSharesPerTargetGroupAndMentorKind() {
        UUID paidPlan = UUID.randomUUID();
        UUID employeePlan = UUID.randomUUID();
        UUID closedWithoutCost = UUID.randomUUID();
        UUID mentor = UUID.randomUUID();
        List<String> activityReady = List.of("ACTIVITY_READY");
        Feed.publish(Feed.profile(mentor, GREVE, 1, "150", false, LocalDate.of(2009, 12, 1)));
        for (UUID plan : List.of(paidPlan, employeePlan, closedWithoutCost)) {
            Feed.publish(Feed.planOpened(plan, GREVE, activityReady, LocalDate.of(2010, 1, 4)));
        }
        Feed.publish(Feed.mentorship(paidPlan, mentor, "PAID_SOCIAL_MENTOR", GREVE, activityReady, LocalDate.of(2010, 2, 1)));
        Feed.publish(Feed.mentorship(employeePlan, mentor, "MUNICIPAL_EMPLOYEE", GREVE, activityReady, LocalDate.of(2010, 2, 1)));
        Feed.publish(Feed.mentorship(closedWithoutCost, mentor, "PAID_SOCIAL_MENTOR", GREVE, activityReady, LocalDate.of(2010, 2, 1)));
        // paid plan: 150 + 150 in March, 300 in April, half refunded under LAB 2009: net 300 over 2 months
        meeting(paidPlan, mentor, LocalDate.of(2010, 3, 2), 60);
        meeting(paidPlan, mentor, LocalDate.of(2010, 3, 20), 60);
        meeting(paidPlan, mentor, LocalDate.of(2010, 4, 5), 120);
        // employee plan: 225 in March, net 112.50 over 1 month
        meeting(employeePlan, mentor, LocalDate.of(2010, 3, 10), 90);
        // outside the period: not counted
        meeting(paidPlan, mentor, LocalDate.of(2010, 6, 1), 600);
        Feed.publish(Feed.outcome(paidPlan, GREVE, "JOB", LocalDate.of(2010, 4, 30)));
        Feed.publish(Feed.outcome(employeePlan, GREVE, "DROPPED_OUT", LocalDate.of(2010, 4, 15)));
        Feed.publish(Feed.outcome(closedWithoutCost, GREVE, "EDUCATION", LocalDate.of(2010, 5, 31)));

        String body = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> report(GREVE, "2010-03-01", "2010-05-31"), text -> {
                    JsonPath r = new JsonPath(text);
                    // the mentorships come on another topic than the plans: wait until every one is known
                    return r.getInt("total.plansClosed") == 3 && r.getFloat("total.netCost") == 412.50f
                            && r.getInt("groups[0].plansClosed") == 1
                            && !r.getList("groups.mentorKind").contains("NO_MENTORSHIP");
                });
        JsonPath report = new JsonPath(body);

        assertEquals(2, report.getInt("total.citizens"));
        assertEquals(3, report.getInt("total.citizenMonths"));
        assertEquals(412.50f, report.getFloat("total.netCost"));
        assertEquals(137.50f, report.getFloat("total.netCostPerCitizenMonth"));
        assertEquals(List.of("DROPPED_OUT", "EDUCATION", "JOB"), report.getList("total.outcomes.outcome"));
        assertEquals(List.of(0.3333f, 0.3333f, 0.3333f), report.getList("total.outcomes.share", Float.class));

        Map<String, Object> employee = report.getMap("groups[0]");
        assertEquals("ACTIVITY_READY", employee.get("targetGroup"));
        assertEquals("MUNICIPAL_EMPLOYEE", employee.get("mentorKind"));
        assertEquals(1, employee.get("citizenMonths"));
        assertEquals(112.50f, report.getFloat("groups[0].netCostPerCitizenMonth"));
        assertEquals(List.of("DROPPED_OUT"), report.getList("groups[0].outcomes.outcome"));
        assertEquals(1.0f, report.getFloat("groups[0].outcomes[0].share"));

        assertEquals("PAID_SOCIAL_MENTOR", report.getString("groups[1].mentorKind"));
        assertEquals(2, report.getInt("groups[1].citizenMonths"));
        assertEquals(300.00f, report.getFloat("groups[1].netCost"));
        assertEquals(150.00f, report.getFloat("groups[1].netCostPerCitizenMonth"));
        assertEquals(2, report.getInt("groups[1].plansClosed"));
        assertEquals(List.of("EDUCATION", "JOB"), report.getList("groups[1].outcomes.outcome"));
        assertEquals(List.of(0.5f, 0.5f), report.getList("groups[1].outcomes.share", Float.class));

        // the coordinator of the municipality reads the same report
        Api.coordinator(GREVE).queryParam("municipality", GREVE).queryParam("from", "2010-03-01")
                .queryParam("to", "2010-05-31").when().get("/api/v1/cost-and-effect").then().statusCode(200)
                .body("total.netCost", equalTo(412.50f));
    }

    @Test
    void shouldHideAnotherMunicipalitysReportAndAuditTheAttempt() {
        String koege = "0259";
        Api.finance("0751").queryParam("municipality", koege).queryParam("from", "2010-01-01")
                .queryParam("to", "2010-12-31").when().get("/api/v1/cost-and-effect").then().statusCode(404)
                .contentType("application/problem+json");
        Api.auditor(koege).queryParam("subjectId", koege).when().get("/api/v1/audit-entries").then().statusCode(200)
                .body("items.outcome", hasItem("DENIED"));
        Api.auditor(koege).queryParam("municipality", koege).queryParam("from", "2010-01-01")
                .queryParam("to", "2010-12-31").when().get("/api/v1/cost-and-effect").then().statusCode(403);
    }

    @Test
    void shouldRefuseAMissingOrReversedPeriodWithAProblem() {
        Api.finance(GREVE).queryParam("municipality", GREVE).queryParam("from", "2010-01-01").when()
                .get("/api/v1/cost-and-effect").then().statusCode(400).contentType("application/problem+json");
        Api.finance(GREVE).queryParam("municipality", GREVE).queryParam("from", "2010-12-01").queryParam("to", "2010-01-01")
                .when().get("/api/v1/cost-and-effect").then().statusCode(400).contentType("application/problem+json");
        Api.finance(GREVE).queryParam("from", "2010-01-01").queryParam("to", "2010-12-01")
                .when().get("/api/v1/cost-and-effect").then().statusCode(400);
        Api.finance(GREVE).queryParam("municipality", GREVE).queryParam("from", "01-01-2010").queryParam("to", "2010-12-01")
                .when().get("/api/v1/cost-and-effect").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("from"));
    }

    private static String report(String municipality, String from, String to) {
        return Api.finance(municipality).queryParam("municipality", municipality).queryParam("from", from)
                .queryParam("to", to).when().get("/api/v1/cost-and-effect").then().statusCode(200).extract().asString();
    }

    private static UUID meeting(UUID plan, UUID mentor, LocalDate day, int minutes) {
        UUID id = UUID.randomUUID();
        Feed.publish(Feed.meeting(plan, id, GREVE, mentor, day, minutes("LAB_78", minutes)));
        return id;
    }
}
