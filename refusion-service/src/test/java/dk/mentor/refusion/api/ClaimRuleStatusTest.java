package dk.mentor.refusion.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.refusion.Api;
import dk.mentor.refusion.Feed;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A claim, its document and CSV, and a ceiling say when the rules behind them are not law in force;
 * and a claim's refund is rounded once per rate, not once per line.
 */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "refusion"))
class ClaimRuleStatusTest {

    private static final String ESBJERG = "0561";
    private static final String HORSENS = "0615";

    @Test
    void shouldWarnOnEveryViewOfAClaimUnderAProposedRuleAndRoundItsRefundOncePerRate() {
        Api.admin().contentType("application/json").body(proposedRow()).when().post("/api/v1/rule-sets").then()
                .statusCode(201).body("status", equalTo("PROPOSED")).body("placeholder", equalTo(false));
        UUID plan = UUID.randomUUID();
        UUID mentor = UUID.randomUUID();
        Feed.publish(Feed.planOpened(plan, ESBJERG, List.of(), LocalDate.of(2011, 1, 3)));
        Feed.publish(Feed.profile(mentor, ESBJERG, 1, "100.01", false, LocalDate.of(2010, 12, 1)));
        for (int day = 10; day <= 12; day++) {
            UUID meeting = UUID.randomUUID();
            Feed.publish(Feed.meeting(plan, meeting, ESBJERG, mentor, LocalDate.of(2011, 2, day), Feed.minutes("LAB_78", 60)));
            Api.awaitLines(ESBJERG, meeting, 1);
        }

        String id = Api.finance(ESBJERG).contentType("application/json")
                .body(Map.of("municipality", ESBJERG, "regime", "LAB_2009", "periodFrom", "2011-01-01", "periodTo", "2011-03-31"))
                .when().post("/api/v1/refusion-claims").then().statusCode(201)
                .body("totalExpense", equalTo(300.03f))
                .body("lineRefundTotal", equalTo(150.02f)) // round(300.03 x 0.5); three rounded lines would give 150.03
                .body("totalRefund", equalTo(150.02f))
                .body("ruleStatus", equalTo("PROPOSED"))
                .body("ruleStatusText", containsString("Lovforslag"))
                .extract().path("id");

        Api.finance(ESBJERG).when().get("/api/v1/refusion-claims/" + id).then().statusCode(200)
                .body("ruleStatus", equalTo("PROPOSED"));
        Api.finance(ESBJERG).queryParam("municipality", ESBJERG).when().get("/api/v1/refusion-claims").then()
                .statusCode(200).body("items.find { it.id == '" + id + "' }.ruleStatus", equalTo("PROPOSED"));

        String html = Api.finance(ESBJERG).when().get("/api/v1/refusion-claims/" + id + "/document").then()
                .statusCode(200).extract().asString();
        assertTrue(html.contains("role=\"alert\""), "the printable claim carries a warning");
        assertTrue(html.contains("Advarsel: Lovforslag"), html);
        assertTrue(html.contains("Esbjerg trial under a bill"), "the warning names the rule's source");
        assertTrue(html.contains("<th scope=\"row\">50 %</th><td class=\"n\">3</td><td class=\"n\">300,03 kr</td>"
                + "<td class=\"n\">300,03 kr</td><td class=\"n\">150,02 kr</td>"), html);

        String csv = new String(Api.finance(ESBJERG).when().get("/api/v1/refusion-claims/" + id + "/csv").then()
                .statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        List<String> records = List.of(csv.split("\r\n"));
        assertTrue(records.get(0).endsWith(";rule_status"));
        assertTrue(records.get(1).endsWith(";PROPOSED"), records.get(1));
        assertTrue(records.get(4).startsWith("rate_group;") && records.get(4).contains(";150,02;"), records.get(4));
        assertTrue(records.get(records.size() - 1).endsWith(";PROPOSED"), records.get(records.size() - 1));
    }

    @Test
    void shouldShowAClaimUnderLawInForceWithoutWarning() {
        oneHour(HORSENS, "150", LocalDate.of(2010, 5, 3), "LAB_78");
        String id = Api.finance(HORSENS).contentType("application/json")
                .body(Map.of("municipality", HORSENS, "regime", "LAB_2009", "periodFrom", "2010-04-01", "periodTo", "2010-06-30"))
                .when().post("/api/v1/refusion-claims").then().statusCode(201)
                .body("ruleStatus", equalTo("IN_FORCE")).body("ruleStatusText", equalTo("Gældende regel"))
                .extract().path("id");
        Api.finance(HORSENS).when().get("/api/v1/refusion-claims/" + id + "/document").then().statusCode(200)
                .body(not(containsString("role=\"alert\""))).body(containsString("Gældende regel"));
    }

    @Test
    void shouldReportThe2016FrameAsSharedWithOtherActiveMeasures() {
        oneHour(HORSENS, "300", LocalDate.of(2017, 3, 6), "LAB_31B");
        Api.finance(HORSENS).queryParam("municipality", HORSENS).queryParam("year", 2017).when().get("/api/v1/ceilings")
                .then().statusCode(200)
                .body("find { it.regime == 'LAB_2016' }.ceilingKind", equalTo("RAADIGHEDSBELOEB"))
                .body("find { it.regime == 'LAB_2016' }.ceilingAmount", nullValue())
                .body("find { it.regime == 'LAB_2016' }.sharedFrame", equalTo(true))
                .body("find { it.regime == 'LAB_2016' }.sharedFrameText", containsString("fælles"))
                .body("find { it.regime == 'LAB_2016' }.ruleStatus", equalTo("IN_FORCE"))
                .body("find { it.regime == 'LAB_2016' }.ruleStatusText", equalTo("Gældende regel"));
    }

    /** One priced hour of a paid mentor for a new plan of the municipality, opened early in the same year. */
    private static void oneHour(String municipality, String rate, LocalDate day, String basis) {
        UUID plan = UUID.randomUUID();
        UUID mentor = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        Feed.publish(Feed.planOpened(plan, municipality, List.of(), day.withDayOfYear(1)));
        Feed.publish(Feed.profile(mentor, municipality, 1, rate, false, day.withDayOfYear(1).minusMonths(1)));
        Feed.publish(Feed.meeting(plan, meeting, municipality, mentor, day, Feed.minutes(basis, 60)));
        Api.awaitLines(municipality, meeting, 1);
    }

    private static Map<String, Object> proposedRow() {
        Map<String, Object> row = new HashMap<>();
        row.put("regime", "LAB_2009");
        row.put("legalBasis", "LAB_78");
        row.put("expenseType", "WAGE");
        row.put("municipality", ESBJERG);
        row.put("refundRate", "0.5");
        row.put("ceilingKind", "NONE");
        row.put("claimPeriod", "QUARTER");
        row.put("validFrom", "2011-01-01");
        row.put("validTo", "2011-12-31");
        row.put("status", "PROPOSED");
        row.put("sourceNote", "Esbjerg trial under a bill");
        return row;
    }
}
