package dk.mentor.refusion.api;

import static dk.mentor.refusion.Feed.minutes;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.mentor.contracts.events.catalog.TrainingAttended;
import dk.mentor.refusion.Api;
import dk.mentor.refusion.Feed;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
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
    void shouldReportNetCostPerCitizenMonthOfMentorshipAndOutcomeSharesPerTargetGroupAndMentorKind() {
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
        // each mentorship runs February to July: three months in the period March to May, however the meetings fall
        // paid plan: 150 + 150 in March, 300 in April, half refunded under LAB 2009: net 300
        meeting(paidPlan, mentor, LocalDate.of(2010, 3, 2), 60);
        meeting(paidPlan, mentor, LocalDate.of(2010, 3, 20), 60);
        meeting(paidPlan, mentor, LocalDate.of(2010, 4, 5), 120);
        // employee plan: 225 in March, net 112.50
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

        assertEquals(3, report.getInt("total.citizens"), "the plan closed without cost had a mentor too");
        assertEquals(9, report.getInt("total.citizenMonths"));
        assertEquals(412.50f, report.getFloat("total.netCost"));
        assertEquals(45.83f, report.getFloat("total.netCostPerCitizenMonth"));
        assertEquals(0.0f, report.getFloat("unassignedNetCost"));
        assertEquals(List.of("DROPPED_OUT", "EDUCATION", "JOB"), report.getList("total.outcomes.outcome"));
        assertEquals(List.of(0.3333f, 0.3333f, 0.3333f), report.getList("total.outcomes.share", Float.class));

        Map<String, Object> employee = report.getMap("groups[0]");
        assertEquals("ACTIVITY_READY", employee.get("targetGroup"));
        assertEquals("MUNICIPAL_EMPLOYEE", employee.get("mentorKind"));
        assertEquals(3, employee.get("citizenMonths"));
        assertEquals(37.50f, report.getFloat("groups[0].netCostPerCitizenMonth"));
        assertEquals(List.of("DROPPED_OUT"), report.getList("groups[0].outcomes.outcome"));
        assertEquals(1.0f, report.getFloat("groups[0].outcomes[0].share"));

        assertEquals("PAID_SOCIAL_MENTOR", report.getString("groups[1].mentorKind"));
        assertEquals(6, report.getInt("groups[1].citizenMonths"));
        assertEquals(300.00f, report.getFloat("groups[1].netCost"));
        assertEquals(50.00f, report.getFloat("groups[1].netCostPerCitizenMonth"));
        assertEquals(2, report.getInt("groups[1].plansClosed"));
        assertEquals(List.of("EDUCATION", "JOB"), report.getList("groups[1].outcomes.outcome"));
        assertEquals(List.of(0.5f, 0.5f), report.getList("groups[1].outcomes.share", Float.class));

        // the same report as a Danish spreadsheet: the total, the two groups, what no citizen carries
        String csv = Api.finance(GREVE).queryParam("municipality", GREVE).queryParam("from", "2010-03-01")
                .queryParam("to", "2010-05-31").when().get("/api/v1/cost-and-effect/csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        List<String> rows = csv.replace("\uFEFF", "").lines().toList();
        assertEquals("municipality;from;to;target_group;mentor_kind;citizens;citizen_months;net_cost;"
                + "net_cost_per_citizen_month;plans_closed;closed_dropped_out;closed_education;closed_job", rows.get(0));
        assertEquals("0253;01-03-2010;31-05-2010;ALL;ALL;3;9;412,50;45,83;3;1;1;1", rows.get(1));
        assertEquals("0253;01-03-2010;31-05-2010;ACTIVITY_READY;PAID_SOCIAL_MENTOR;2;6;300,00;50,00;2;0;1;1", rows.get(3));
        assertEquals("0253;01-03-2010;31-05-2010;UNASSIGNED;UNASSIGNED;0;0;0,00;;;;;", rows.get(4));

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

    @Test
    void shouldNetTheRefundAfterTheCeilingAndShareTheMentorsTrainingOverTheMentorsCitizens() {
        String soenderborg = "0540";
        String regime = "CE_CEILING_2014";
        // a refund ceiling of 2,000 kr of spending for the year, as the 2014 reform brought (001 p.14)
        for (String type : List.of("WAGE", "TRAINING")) {
            Api.admin().contentType("application/json").body(ceilingRule(regime, type, soenderborg)).when()
                    .post("/api/v1/rule-sets").then().statusCode(201);
        }
        UUID mentor = UUID.randomUUID();
        UUID served = UUID.randomUUID();
        UUID alsoServed = UUID.randomUUID();
        List<String> groups = List.of("ACTIVITY_READY");
        Feed.publish(Feed.profile(mentor, soenderborg, 1, "150", false, LocalDate.of(2013, 12, 1)));
        for (UUID plan : List.of(served, alsoServed)) {
            Feed.publish(Feed.planOpened(plan, soenderborg, groups, LocalDate.of(2014, 1, 2)));
            Feed.publish(Feed.mentorship(plan, mentor, "PAID_SOCIAL_MENTOR", soenderborg, groups, LocalDate.of(2014, 1, 6)));
        }
        // January spends the ceiling (2 x 1,000 kr); February's 1,000 kr and the 600 kr course lie beyond it
        List<UUID> meetings = List.of(
                meeting(soenderborg, served, mentor, LocalDate.of(2014, 1, 13), 400),
                meeting(soenderborg, served, mentor, LocalDate.of(2014, 1, 20), 400),
                meeting(soenderborg, served, mentor, LocalDate.of(2014, 2, 3), 400));
        meetings.forEach(id -> Api.awaitLines(soenderborg, id, 1));
        Feed.publish(new TrainingAttended(UUID.randomUUID(), mentor, "PAID_SOCIAL_MENTOR", List.of("LAB_78"), soenderborg,
                UUID.randomUUID(), "BASIC", LocalDate.of(2014, 2, 10), new BigDecimal("6"), new BigDecimal("600.00"),
                java.time.Instant.now()));

        // spending 3,600, refund 1,000 (half of the 2,000 within the ceiling), not 1,800 before it
        String body = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> report(soenderborg, "2014-01-01", "2014-04-30"), text -> {
                    JsonPath r = new JsonPath(text);
                    return r.getFloat("total.netCost") == 2600.00f && r.getInt("total.citizenMonths") == 8;
                });
        JsonPath year = new JsonPath(body);
        assertEquals(2, year.getInt("total.citizens"));
        assertEquals(325.00f, year.getFloat("total.netCostPerCitizenMonth"), "2,600 over two citizens' 4 months");
        assertEquals(0.0f, year.getFloat("unassignedNetCost"));

        // from February: January used the ceiling up, so nothing is refunded; the course is 300 kr a citizen
        JsonPath later = new JsonPath(report(soenderborg, "2014-02-01", "2014-04-30"));
        assertEquals(1600.00f, later.getFloat("total.netCost"));
        assertEquals(6, later.getInt("total.citizenMonths"));
        assertEquals(266.67f, later.getFloat("total.netCostPerCitizenMonth"));
    }

    private static Map<String, Object> ceilingRule(String regime, String type, String municipality) {
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        row.put("regime", regime);
        row.put("legalBasis", "LAB_78");
        row.put("expenseType", type);
        row.put("municipality", municipality);
        row.put("refundRate", 0.5);
        row.put("ceilingKind", "REFUSION_CEILING");
        row.put("ceilingAmount", "2000.00");
        row.put("claimPeriod", "QUARTER");
        row.put("validFrom", "2014-01-01");
        row.put("validTo", "2014-12-31");
        row.put("sourceNote", "Test: a small ceiling to pass, after the 2014 reform (001 p.14)");
        return row;
    }

    private static String report(String municipality, String from, String to) {
        return Api.finance(municipality).queryParam("municipality", municipality).queryParam("from", from)
                .queryParam("to", to).when().get("/api/v1/cost-and-effect").then().statusCode(200).extract().asString();
    }

    private static UUID meeting(UUID plan, UUID mentor, LocalDate day, int minutes) {
        return meeting(GREVE, plan, mentor, day, minutes);
    }

    private static UUID meeting(String municipality, UUID plan, UUID mentor, LocalDate day, int minutes) {
        UUID id = UUID.randomUUID();
        Feed.publish(Feed.meeting(plan, id, municipality, mentor, day, minutes("LAB_78", minutes)));
        return id;
    }
}
