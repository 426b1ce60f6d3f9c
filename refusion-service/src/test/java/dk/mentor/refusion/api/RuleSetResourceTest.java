package dk.mentor.refusion.api;

import static dk.mentor.refusion.Feed.minutes;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.contracts.events.CloudEventHeaders;
import dk.mentor.contracts.events.Topics;
import dk.mentor.refusion.Api;
import dk.mentor.refusion.Feed;
import dk.mentor.testing.infra.TestInfra;
import dk.mentor.testing.infra.TestInfraResource;
import dk.mentor.testing.kafka.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Rules as data: seeded regimes, admin rows audited, and a municipality's 2014 ceiling at work. */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "refusion"))
class RuleSetResourceTest {

    @Test
    void shouldServeTheSeededRegimesWithTheirSources() {
        Api.finance("0751").queryParam("legalBasis", "LAB_78").queryParam("on", "2010-05-01").when()
                .get("/api/v1/rule-sets").then().statusCode(200)
                .body("items.find { it.expenseType == 'WAGE' && it.targetGroup == null }.refundRate", equalTo(0.5f))
                .body("items.find { it.expenseType == 'WAGE' && it.targetGroup == null }.ceilingKind", equalTo("NONE"))
                .body("items.find { it.targetGroup == 'VULNERABLE_YOUNG_UNEMPLOYED' && it.expenseType == 'WAGE' }.refundRate", equalTo(0.0f))
                .body("items.find { it.expenseType == 'FEE' }.refundRate", equalTo(0.0f));
        Api.finance("0751").queryParam("regime", "LAB_2026").when().get("/api/v1/rule-sets").then().statusCode(200)
                .body("items[0].ceilingKind", equalTo("SPENDING_CAP_PER_FULL_TIME_PERSON"))
                .body("items[0].placeholder", equalTo(false))
                .body("items[0].status", equalTo("PROPOSED"))
                .body("items[0].statusText", containsString("Lovforslag"))
                .body("items[0].sharedFrame", equalTo(true))
                .body("items[0].refundRounding", equalTo("PER_CLAIM_HALF_UP"))
                .body("items[0].sourceNote", containsString("10,602"));
    }

    @Test
    void shouldLetOnlyAnAdminAddAndChangeRowsAndLogEveryChange() {
        Map<String, Object> row = ceilingRow("0410", "1000.00");
        Api.finance("0410").contentType("application/json").body(row).when().post("/api/v1/rule-sets").then().statusCode(403);
        var created = Api.admin().contentType("application/json").body(row).when().post("/api/v1/rule-sets").then()
                .statusCode(201).body("municipality", equalTo("0410")).body("ceilingAmount", equalTo(1000.0f));
        String id = created.extract().path("id");
        String etag = created.extract().header("ETag");
        Api.admin().contentType("application/json").body(row).when().post("/api/v1/rule-sets").then().statusCode(409);

        Map<String, Object> changed = new HashMap<>(row);
        changed.put("ceilingAmount", "1500.00");
        Api.admin().contentType("application/json").body(changed).when().put("/api/v1/rule-sets/" + id).then().statusCode(428);
        Api.admin().contentType("application/json").header("If-Match", "\"41\"").body(changed)
                .when().put("/api/v1/rule-sets/" + id).then().statusCode(412);
        Api.admin().contentType("application/json").header("If-Match", etag).body(changed)
                .when().put("/api/v1/rule-sets/" + id).then().statusCode(200).body("ceilingAmount", equalTo(1500.0f))
                .body("version", greaterThan(Integer.parseInt(etag.replace("\"", ""))));
        Api.admin().when().get("/api/v1/rule-sets/" + id + "/changes").then().statusCode(200)
                .body("items.change", equalTo(List.of("CREATED", "UPDATED")))
                .body("items[1].changedBy", equalTo("admin"))
                .body("items[1].before", containsString("1000.00"))
                .body("items[1].after", containsString("1500.00"));
        Api.auditor("0410").queryParam("subjectId", id).when().get("/api/v1/audit-entries").then().statusCode(200)
                .body("items.action", hasItem("update"));

        Map<String, Object> broken = new HashMap<>(row);
        broken.put("validTo", "2013-01-01");
        Api.admin().contentType("application/json").body(broken).when().post("/api/v1/rule-sets").then().statusCode(422);
        broken.put("legalBasis", "LAB_999");
        // not a row of the LEGAL_BASIS code list: a rule of the data, 422
        Api.admin().contentType("application/json").body(broken).when().post("/api/v1/rule-sets").then().statusCode(422)
                .body("errors[0].field", equalTo("legalBasis"));
    }

    @Test
    void shouldAnnounceEightyAndHundredPercentOfACeilingOnceAndStopTheRefundAtIt() {
        String assens = "0420";
        Api.admin().contentType("application/json").body(ceilingRow(assens, "1000.00")).when().post("/api/v1/rule-sets")
                .then().statusCode(201);
        UUID plan = UUID.randomUUID();
        UUID mentor = UUID.randomUUID();
        Feed.publish(Feed.planOpened(plan, assens, List.of(), LocalDate.of(2014, 1, 2)));
        Feed.publish(Feed.profile(mentor, assens, 1, "200", false, LocalDate.of(2013, 12, 1)));
        UUID first = meeting(plan, assens, mentor, LocalDate.of(2014, 1, 20), 240);   // 800 kr: 80 %
        Api.awaitLines(assens, first, 1);
        UUID second = meeting(plan, assens, mentor, LocalDate.of(2014, 2, 20), 120);  // 1,200 kr: 120 %
        UUID third = meeting(plan, assens, mentor, LocalDate.of(2014, 3, 20), 60);    // 1,400 kr
        Api.awaitLines(assens, second, 1);
        Api.awaitLines(assens, third, 1);

        String subject = assens + ":2014:REFUSION_CEILING";
        List<ConsumerRecord<String, String>> events = await().atMost(Duration.ofSeconds(30)).until(() -> TopicReader
                .readAll(TestInfra.kafka().bootstrapServers(), Topics.REFUSION_CLAIM).stream()
                .filter(r -> subject.equals(TopicReader.header(r, CloudEventHeaders.SUBJECT))).toList(), l -> l.size() >= 2);
        assertEquals(2, events.size());
        assertEquals(1, events.stream().filter(r -> r.value().contains("\"thresholdPercent\":80")).count());
        assertEquals(1, events.stream().filter(r -> r.value().contains("\"thresholdPercent\":100")).count());
        assertEquals(1, events.stream().filter(r -> r.value().contains("\"forecastOverrunOn\":\"2014-02-20\"")).count());
        assertTrue(events.stream().allMatch(r -> r.value().contains("\"regime\":\"LAB_2014\"")), "each names its regime's pot");

        Api.finance(assens).queryParam("municipality", assens).queryParam("year", 2014).when().get("/api/v1/ceilings")
                .then().statusCode(200)
                .body("[0].regime", equalTo("LAB_2014"))
                .body("[0].ceilingKind", equalTo("REFUSION_CEILING"))
                .body("[0].consumed", equalTo(1400.0f))
                .body("[0].withinCeiling", equalTo(1000.0f))
                .body("[0].beyondCeiling", equalTo(400.0f))
                .body("[0].reachedOn", equalTo("2014-02-20"));

        Api.finance(assens).contentType("application/json").body(Map.of("municipality", assens, "regime", "LAB_2014",
                        "periodFrom", "2014-01-01", "periodTo", "2014-03-31"))
                .when().post("/api/v1/refusion-claims").then().statusCode(201)
                .body("totalExpense", equalTo(1400.0f))    // spending past the ceiling recorded in full
                .body("totalRefund", equalTo(500.0f));     // 50 % of the 1,000 kr ceiling, no more
    }

    @Test
    void shouldRefuseAClaimUnderACeilingWhoseAmountNoAdminHasSet() {
        String faaborg = "0430";
        UUID plan = UUID.randomUUID();
        UUID mentor = UUID.randomUUID();
        Feed.publish(Feed.planOpened(plan, faaborg, List.of(), LocalDate.of(2014, 1, 2)));
        Feed.publish(Feed.profile(mentor, faaborg, 1, "200", false, LocalDate.of(2013, 12, 1)));
        Api.awaitLines(faaborg, meeting(plan, faaborg, mentor, LocalDate.of(2014, 5, 5), 60), 1);
        Api.finance(faaborg).contentType("application/json").body(Map.of("municipality", faaborg, "regime", "LAB_2014",
                        "periodFrom", "2014-04-01", "periodTo", "2014-06-30"))
                .when().post("/api/v1/refusion-claims").then().statusCode(422)
                .body("detail", containsString("REFUSION_CEILING"));
    }

    private static UUID meeting(UUID plan, String municipality, UUID mentor, LocalDate day, int minutes) {
        UUID meeting = UUID.randomUUID();
        Feed.publish(Feed.meeting(plan, meeting, municipality, mentor, day, minutes("LAB_31B", minutes)));
        return meeting;
    }

    private static Map<String, Object> ceilingRow(String municipality, String amount) {
        Map<String, Object> row = new HashMap<>();
        row.put("regime", "LAB_2014");
        row.put("legalBasis", "LAB_31B");
        row.put("expenseType", "WAGE");
        row.put("municipality", municipality);
        row.put("refundRate", "0.5");
        row.put("ceilingKind", "REFUSION_CEILING");
        row.put("ceilingAmount", amount);
        row.put("accountCode", "5.68.98.019");
        row.put("claimPeriod", "QUARTER");
        row.put("validFrom", "2014-01-01");
        row.put("validTo", "2015-12-31");
        row.put("placeholder", false);
        row.put("sourceNote", "The municipality's refusion ceiling for 2014-2015");
        return row;
    }
}
