package dk.mentor.refusion.api;

import static dk.mentor.refusion.Feed.minutes;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.mentor.refusion.Api;
import dk.mentor.refusion.Feed;
import dk.mentor.refusion.RuleRows;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A rule row added after lines were posted (rule review E4): the preview shows the difference, the apply
 * posts reversals and new lines once, and claims drafted afterwards use the new terms only.
 */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "refusion"))
class RejudgementResourceTest {

    private static final String VESTHIMMERLAND = "0820";
    private static final String MARIAGERFJORD = "0846";

    @Test
    void shouldPreviewThenApplyOnceAndLetTheNextClaimsUseTheNewRate() {
        String m = VESTHIMMERLAND;
        UUID plan = UUID.randomUUID();
        UUID mentor = UUID.randomUUID();
        Feed.publish(Feed.planOpened(plan, m, List.of(), LocalDate.of(2010, 1, 4)));
        Feed.publish(Feed.profile(mentor, m, 1, "150", false, LocalDate.of(2009, 12, 1)));
        UUID claimed = meeting(plan, m, mentor, LocalDate.of(2010, 4, 6));
        UUID unclaimed = meeting(plan, m, mentor, LocalDate.of(2010, 8, 2));
        var draft = Api.draft(m, "LAB_2009", "2010-04-01", "2010-06-30").statusCode(201);
        String firstClaim = Api.json(draft).getString("id");
        Api.finance(m).contentType("application/json").header("If-Match", draft.extract().header("ETag"))
                .body(Map.of("status", "SUBMITTED")).when().put("/api/v1/refusion-claims/" + firstClaim + "/status")
                .then().statusCode(200);

        // the municipality's own row, found after the fact: 25 % instead of 50 %
        Api.admin().contentType("application/json").body(row(m, "0.25")).when().post("/api/v1/rule-sets")
                .then().statusCode(201);

        JsonPath preview = Api.json(rejudge(m, null, null).statusCode(200));
        assertEquals("PREVIEW", preview.getString("mode"));
        assertEquals(false, preview.getBoolean("applied"));
        assertEquals(2, preview.getList("lines").size());
        assertEquals(-75.0f, preview.getFloat("refundDifference"));    // 2 x (37.50 - 75.00)
        assertEquals(0.0f, preview.getFloat("amountDifference"));
        assertEquals(0.5f, preview.getFloat("lines[0].before.refundRate"));
        assertEquals(0.25f, preview.getFloat("lines[0].after.refundRate"));
        assertEquals(firstClaim, preview.getString("lines[0].before.claimId"));
        assertEquals(null, preview.getString("lines[0].after.lineId"));
        assertEquals(1, Api.linesOfMeeting(m, claimed).size());        // nothing written

        String key = UUID.randomUUID().toString();
        JsonPath applied = Api.json(rejudge(m, "APPLY", key).statusCode(200));
        assertEquals(true, applied.getBoolean("applied"));
        assertEquals(-75.0f, applied.getFloat("refundDifference"));
        rejudge(m, "APPLY", key).statusCode(200).header("Idempotent-Replayed", "true")
                .body("refundDifference", equalTo(-75.0f));
        List<Map<String, Object>> lines = Api.linesOfMeeting(m, claimed);
        assertEquals(3, lines.size());
        assertEquals(firstClaim, lines.get(0).get("claimId"));        // the submitted claim keeps its line
        assertEquals(-150.0f, ((Number) lines.get(1).get("amount")).floatValue());
        assertEquals(0.5f, ((Number) lines.get(1).get("refundRate")).floatValue());
        assertEquals(0.25f, ((Number) lines.get(2).get("refundRate")).floatValue());
        assertEquals("Rejudged", lines.get(2).get("sourceEventType"));
        assertEquals(applied.getString("lines[0].after.lineId"), lines.get(2).get("id"));

        JsonPath again = Api.json(rejudge(m, "APPLY", null).statusCode(200));
        assertEquals(false, again.getBoolean("applied"));
        assertEquals(0, again.getList("lines").size());
        assertEquals(3, Api.linesOfMeeting(m, claimed).size());

        // the correction goes on the next claim of the claimed period ...
        JsonPath supplement = Api.json(Api.draft(m, "LAB_2009", "2010-04-01", "2010-06-30").statusCode(201));
        assertEquals(firstClaim, supplement.getString("supplementTo"));
        assertEquals(0.0f, supplement.getFloat("totalExpense"));
        assertEquals(-37.5f, supplement.getFloat("totalRefund"));
        // ... and a period never claimed is claimed at the new rate only
        JsonPath fresh = Api.json(Api.draft(m, "LAB_2009", "2010-07-01", "2010-09-30").statusCode(201));
        assertEquals(150.0f, fresh.getFloat("totalExpense"));
        assertEquals(37.5f, fresh.getFloat("totalRefund"));
        assertEquals(3, Api.linesOfMeeting(m, unclaimed).size());
        Api.auditor(m).queryParam("subjectId", m).when().get("/api/v1/audit-entries").then().statusCode(200)
                .body("items.action", hasItem("rejudge"));
    }

    @Test
    void shouldRefuseToApplyWhileADraftClaimHoldsAChangedLine() {
        String m = MARIAGERFJORD;
        UUID plan = UUID.randomUUID();
        UUID mentor = UUID.randomUUID();
        Feed.publish(Feed.planOpened(plan, m, List.of(), LocalDate.of(2010, 1, 4)));
        Feed.publish(Feed.profile(mentor, m, 1, "150", false, LocalDate.of(2009, 12, 1)));
        UUID meeting = meeting(plan, m, mentor, LocalDate.of(2010, 4, 6));
        Api.draft(m, "LAB_2009", "2010-04-01", "2010-06-30").statusCode(201);
        Api.admin().contentType("application/json").body(row(m, "0.25")).when().post("/api/v1/rule-sets")
                .then().statusCode(201);

        rejudge(m, "PREVIEW", null).statusCode(200).body("lines.size()", equalTo(1));
        rejudge(m, "APPLY", null).statusCode(409);
        assertEquals(1, Api.linesOfMeeting(m, meeting).size());
        Api.coordinator(m).contentType("application/json").body(body(m, "APPLY")).when().post("/api/v1/rejudgements")
                .then().statusCode(403);
        Api.finance("0751").contentType("application/json").body(body(m, "PREVIEW")).when()
                .post("/api/v1/rejudgements").then().statusCode(404);
        Map<String, Object> backwards = body(m, "PREVIEW");
        backwards.put("to", "2009-01-01");
        Api.finance(m).contentType("application/json").body(backwards).when().post("/api/v1/rejudgements")
                .then().statusCode(400);
    }

    private static UUID meeting(UUID plan, String m, UUID mentor, LocalDate day) {
        UUID meeting = UUID.randomUUID();
        Feed.publish(Feed.meeting(plan, meeting, m, mentor, day, minutes("LAB_78", 60)));
        Api.awaitLines(m, meeting, 1);
        return meeting;
    }

    private static ValidatableResponse rejudge(String m, String mode, String idempotencyKey) {
        var request = Api.finance(m).contentType("application/json").body(body(m, mode));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.when().post("/api/v1/rejudgements").then();
    }

    private static Map<String, Object> body(String m, String mode) {
        Map<String, Object> body = new HashMap<>();
        body.put("municipality", m);
        body.put("from", "2010-01-01");
        body.put("to", "2010-12-31");
        if (mode != null) {
            body.put("mode", mode);
        }
        return body;
    }

    private static Map<String, Object> row(String municipality, String rate) {
        return RuleRows.row("LAB_2009", "LAB_78", "WAGE", municipality, rate, "NONE", "5.68.90.018", "2010-01-01",
                "2010-12-31", "The municipality's own rate, agreed after the lines were posted");
    }
}
