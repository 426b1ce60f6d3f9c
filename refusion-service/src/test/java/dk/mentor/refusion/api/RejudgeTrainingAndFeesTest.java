package dk.mentor.refusion.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.mentor.contracts.events.catalog.TrainingAttended;
import dk.mentor.refusion.Api;
import dk.mentor.refusion.Feed;
import dk.mentor.refusion.RuleRows;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A rule for training or fees corrected after lines were posted (rule review E4): the re-judgement shows
 * and posts the training and fee lines' differences like a meeting's, once, and later claims use the
 * corrected rule only.
 */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "refusion"))
class RejudgeTrainingAndFeesTest {

    private static final String THISTED = "0787";
    private static final String SKIVE = "0779";

    @Test
    void shouldRejudgeTrainingLinesUnderACorrectedTrainingRule() {
        String m = THISTED;
        UUID mentor = UUID.randomUUID();
        Feed.publish(Feed.profile(mentor, m, 1, "150", false, true, LocalDate.of(2009, 12, 1)));
        awaitTerms(m, mentor);
        UUID claimed = attend(m, mentor, LocalDate.of(2010, 3, 10));
        UUID unclaimed = attend(m, mentor, LocalDate.of(2010, 5, 12));
        String firstClaim = submit(m, "2010-01-01", "2010-03-31", 800.0f, 400.0f);   // 500 course + 2 h x 150, at 50 %

        // the municipality's own training row, found after the fact: 25 % on another account
        Api.admin().contentType("application/json").body(row(m, "TRAINING", "0.25", "5.68.90.019"))
                .when().post("/api/v1/rule-sets").then().statusCode(201);

        JsonPath preview = Api.json(rejudge(m, "PREVIEW").statusCode(200));
        assertEquals(false, preview.getBoolean("applied"));
        assertEquals(4, preview.getList("lines").size());                // course and wage of both attendances
        assertEquals(-400.0f, preview.getFloat("refundDifference"));    // 2 x 800 x (0.25 - 0.50)
        assertEquals(0.0f, preview.getFloat("amountDifference"));
        Map<String, Object> course = line(preview, claimed, "TRAINING");
        assertEquals(null, course.get("meetingId"));
        assertEquals(0.5f, judged(course, "before", "refundRate"));
        assertEquals(0.25f, judged(course, "after", "refundRate"));
        assertEquals(-125.0f, ((Number) course.get("refundDifference")).floatValue());
        assertEquals("5.68.90.019", ((Map<?, ?>) course.get("after")).get("accountCode"));
        assertEquals(firstClaim, ((Map<?, ?>) course.get("before")).get("claimId"));
        Map<String, Object> wage = line(preview, claimed, "TRAINING_WAGE");
        assertEquals(-75.0f, ((Number) wage.get("refundDifference")).floatValue());
        assertEquals(2, trainingLines(m, claimed).size());              // nothing written

        JsonPath applied = Api.json(rejudge(m, "APPLY").statusCode(200));
        assertEquals(true, applied.getBoolean("applied"));
        List<Map<String, Object>> lines = trainingLines(m, claimed);
        assertEquals(6, lines.size());                                    // two lines, their reversals, two new lines
        assertEquals(firstClaim, lines.get(0).get("claimId"));          // the submitted claim keeps its lines
        assertEquals(-500.0f, ((Number) lines.get(2).get("amount")).floatValue());
        assertEquals(0.5f, ((Number) lines.get(2).get("refundRate")).floatValue());
        assertEquals("TRAINING", lines.get(4).get("kind"));
        assertEquals(0.25f, ((Number) lines.get(4).get("refundRate")).floatValue());
        assertEquals("Rejudged", lines.get(4).get("sourceEventType"));
        assertEquals(((Map<?, ?>) line(applied, claimed, "TRAINING").get("after")).get("lineId"), lines.get(4).get("id"));

        JsonPath again = Api.json(rejudge(m, "APPLY").statusCode(200));
        assertEquals(false, again.getBoolean("applied"));
        assertEquals(0, again.getList("lines").size());
        assertEquals(6, trainingLines(m, claimed).size());

        JsonPath supplement = Api.json(Api.draft(m, "LAB_2009", "2010-01-01", "2010-03-31").statusCode(201));
        assertEquals(firstClaim, supplement.getString("supplementTo"));
        assertEquals(0.0f, supplement.getFloat("totalExpense"));
        assertEquals(-200.0f, supplement.getFloat("totalRefund"));
        JsonPath fresh = Api.json(Api.draft(m, "LAB_2009", "2010-04-01", "2010-06-30").statusCode(201));
        assertEquals(800.0f, fresh.getFloat("totalExpense"));
        assertEquals(200.0f, fresh.getFloat("totalRefund"));
        assertEquals(6, trainingLines(m, unclaimed).size());
    }

    @Test
    void shouldRejudgeFeeLinesAfterTheirRuleRowWasEditedAndRefuseWhileADraftHoldsOne() {
        String m = SKIVE;
        var created = Api.admin().contentType("application/json").body(row(m, "FEE", "0.5", "5.68.90.020"))
                .when().post("/api/v1/rule-sets").then().statusCode(201);
        String ruleId = created.extract().path("id");
        String claimedFee = fee(m, "2010-05-03");
        String unclaimedFee = fee(m, "2010-08-02");
        String firstClaim = submit(m, "2010-04-01", "2010-06-30", 1000.0f, 500.0f);
        var draft = Api.draft(m, "LAB_2009", "2010-07-01", "2010-09-30").statusCode(201);

        // the row edited in place: the fee is refunded at 25 % on another account
        Api.admin().contentType("application/json").header("If-Match", created.extract().header("ETag"))
                .body(row(m, "FEE", "0.25", "5.68.90.021")).when().put("/api/v1/rule-sets/" + ruleId)
                .then().statusCode(200);

        JsonPath preview = Api.json(rejudge(m, "PREVIEW").statusCode(200));
        assertEquals(2, preview.getList("lines").size());
        assertEquals(-500.0f, preview.getFloat("refundDifference"));
        assertEquals("FEE", preview.getString("lines[0].kind"));
        assertEquals(claimedFee, preview.getString("lines[0].before.lineId"));
        assertEquals(0.25f, preview.getFloat("lines[0].after.refundRate"));
        assertEquals("5.68.90.021", preview.getString("lines[0].after.accountCode"));
        assertEquals(-250.0f, preview.getFloat("lines[0].refundDifference"));

        // the draft of the third quarter holds the August fee: it must go before the apply
        rejudge(m, "APPLY").statusCode(409);
        assertEquals(2, feeLines(m).size());
        Api.finance(m).header("If-Match", draft.extract().header("ETag")).when()
                .delete("/api/v1/refusion-claims/" + Api.json(draft).getString("id")).then().statusCode(204);

        JsonPath applied = Api.json(rejudge(m, "APPLY").statusCode(200));
        assertEquals(true, applied.getBoolean("applied"));
        assertEquals(-500.0f, applied.getFloat("refundDifference"));
        List<Map<String, Object>> lines = feeLines(m);
        assertEquals(6, lines.size());
        assertEquals(firstClaim, lines.stream().filter(l -> claimedFee.equals(l.get("id"))).findFirst().orElseThrow()
                .get("claimId"));
        assertEquals(0, Api.json(rejudge(m, "APPLY").statusCode(200)).getList("lines").size());

        JsonPath supplement = Api.json(Api.draft(m, "LAB_2009", "2010-04-01", "2010-06-30").statusCode(201));
        assertEquals(firstClaim, supplement.getString("supplementTo"));
        assertEquals(0.0f, supplement.getFloat("totalExpense"));
        assertEquals(-250.0f, supplement.getFloat("totalRefund"));
        JsonPath fresh = Api.json(Api.draft(m, "LAB_2009", "2010-07-01", "2010-09-30").statusCode(201));
        assertEquals(1000.0f, fresh.getFloat("totalExpense"));
        assertEquals(250.0f, fresh.getFloat("totalRefund"));
        assertEquals(unclaimedFee, preview.getString("lines[1].before.lineId"));
    }

    /** The training topic is keyed by attendance: make sure the mentor's terms are in before training arrives. */
    private static void awaitTerms(String m, UUID mentor) {
        UUID plan = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        Feed.publish(Feed.planOpened(plan, m, List.of(), LocalDate.of(2010, 1, 4)));
        Feed.publish(Feed.meeting(plan, meeting, m, mentor, LocalDate.of(2010, 2, 1), Feed.minutes("SEL_85", 30)));
        Api.awaitLines(m, meeting, 1);
    }

    /** Two hours of training at 500 kr, organised and paid by the municipality; waits for its two lines. */
    private static UUID attend(String m, UUID mentor, LocalDate day) {
        UUID attendance = UUID.randomUUID();
        Feed.publish(new TrainingAttended(attendance, mentor, "PAID_SOCIAL_MENTOR", List.of("LAB_78"), m,
                UUID.randomUUID(), "START_COURSE", day, new BigDecimal("2"), new BigDecimal("500"), Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> trainingLines(m, attendance), lines -> lines.size() == 2);
        return attendance;
    }

    private static List<Map<String, Object>> trainingLines(String m, UUID attendance) {
        return Api.lines(m, Map.of("from", "2010-01-01", "to", "2010-12-31")).stream()
                .filter(l -> attendance.toString().equals(l.get("attendanceId"))).toList();
    }

    private static List<Map<String, Object>> feeLines(String m) {
        return Api.lines(m, Map.of("from", "2010-01-01", "to", "2010-12-31")).stream()
                .filter(l -> "FEE".equals(l.get("kind"))).toList();
    }

    private static String fee(String m, String day) {
        return Api.finance(m).contentType("application/json")
                .body(Map.of("municipality", m, "legalBasis", "LAB_78", "expenseDate", day, "amount", "1000.00"))
                .when().post("/api/v1/fees").then().statusCode(201).extract().path("id");
    }

    /** Drafts and submits the LAB 2009 claim of a period, checking its totals; returns its id. */
    private static String submit(String m, String from, String to, float expense, float refund) {
        var draft = Api.draft(m, "LAB_2009", from, to).statusCode(201);
        JsonPath claim = Api.json(draft);
        assertEquals(expense, claim.getFloat("totalExpense"));
        assertEquals(refund, claim.getFloat("totalRefund"));
        Api.finance(m).contentType("application/json").header("If-Match", draft.extract().header("ETag"))
                .body(Map.of("status", "SUBMITTED")).when().put("/api/v1/refusion-claims/" + claim.getString("id") + "/status")
                .then().statusCode(200);
        return claim.getString("id");
    }

    private static Map<String, Object> line(JsonPath rejudgement, UUID attendance, String kind) {
        List<Map<String, Object>> lines = rejudgement.getList("lines");
        return lines.stream().filter(l -> attendance.toString().equals(l.get("attendanceId")) && kind.equals(l.get("kind")))
                .findFirst().orElseThrow();
    }

    private static float judged(Map<String, Object> line, String side, String field) {
        return ((Number) ((Map<?, ?>) line.get(side)).get(field)).floatValue();
    }

    private static ValidatableResponse rejudge(String m, String mode) {
        return Api.finance(m).contentType("application/json")
                .body(Map.of("municipality", m, "from", "2010-01-01", "to", "2010-12-31", "mode", mode))
                .when().post("/api/v1/rejudgements").then();
    }

    private static Map<String, Object> row(String municipality, String expenseType, String rate, String account) {
        return RuleRows.row("LAB_2009", "LAB_78", expenseType, municipality, rate, "NONE", account, "2010-01-01",
                "2010-12-31", "The municipality's own rate for " + expenseType.toLowerCase() + ", agreed after the lines were posted");
    }
}
