package dk.mentor.refusion.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.mentor.refusion.Api;
import dk.mentor.refusion.Feed;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Fees posted over REST into the ledger, for mentorships that came through the real broker. */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "refusion"))
class FeeResourceTest {

    private static final String SOLROED = "0269";

    @Test
    void shouldPostAFeeForAMentorshipJudgedByTheRulesOfItsDateOncePerIdempotencyKey() {
        UUID plan = UUID.randomUUID();
        var mentorship = Feed.mentorship(plan, UUID.randomUUID(), "PAID_SOCIAL_MENTOR", SOLROED,
                List.of("ACTIVITY_READY"), LocalDate.of(2010, 2, 1));
        Feed.publish(Feed.planOpened(plan, SOLROED, List.of("ACTIVITY_READY"), LocalDate.of(2010, 1, 4)));
        Feed.publish(mentorship);
        Map<String, Object> fee = fee(SOLROED, mentorship.mentorshipId(), null, "2010-05-01", "2500.00");
        String key = UUID.randomUUID().toString();

        // the mentorship is known once the event is consumed; until then the post is refused and the key released
        ExtractableResponse<Response> posted = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> post(SOLROED, key, fee), r -> r.statusCode() == 201);
        Map<String, Object> line = posted.jsonPath().getMap("");
        assertEquals("FEE", line.get("kind"));
        assertEquals("FEE", line.get("expenseType"));
        assertEquals("LAB_78", line.get("legalBasis"));
        assertEquals("LAB_2009", line.get("regime"));        // the rule in force on 2010-05-01
        assertEquals(0.0f, posted.jsonPath().getFloat("refundRate")); // fees are not refunded (000 p.6)
        assertEquals(2500.0f, posted.jsonPath().getFloat("amount"));
        assertEquals(plan.toString(), line.get("planId"));
        assertEquals(List.of("ACTIVITY_READY"), line.get("targetGroups"));

        ExtractableResponse<Response> again = post(SOLROED, key, fee);
        assertEquals(201, again.statusCode());
        assertEquals(line.get("id"), again.jsonPath().getString("id"));
        Api.finance(SOLROED).queryParam("municipality", SOLROED).queryParam("planId", plan).when()
                .get("/api/v1/expense-lines").then().statusCode(200).body("totalItems", equalTo(1));
        Api.finance(SOLROED).when().get(posted.header("Location")).then().statusCode(200).body("id", equalTo(line.get("id")));
        Api.finance("0751").when().get(posted.header("Location")).then().statusCode(404);

        // the same key for another body is refused
        assertEquals(422, post(SOLROED, key, fee(SOLROED, mentorship.mentorshipId(), null, "2010-05-01", "99.00")).statusCode());
    }

    @Test
    void shouldPostAFeeWithoutAMentorshipUnderTheNamedBasis() {
        ExtractableResponse<Response> posted = post(SOLROED, UUID.randomUUID().toString(),
                fee(SOLROED, null, "LAB_78", "2015-03-02", "120.50"));
        assertEquals(201, posted.statusCode());
        assertEquals("LAB_78", posted.jsonPath().getString("legalBasis"));
        assertEquals(SOLROED, posted.jsonPath().getString("providerMunicipality"));
    }

    @Test
    void shouldRefuseBadFeesAnotherMunicipalityAndAnotherMunicipalitysMentorship() {
        assertEquals(400, post(SOLROED, null, fee(SOLROED, null, null, "2010-05-01", "10.00")).statusCode());
        assertEquals(400, post(SOLROED, null, fee(SOLROED, null, "LAB_78", "2010-05-01", "-10.00")).statusCode());
        assertEquals(400, post(SOLROED, null, fee(SOLROED, null, "LAB_78", null, "10.00")).statusCode());
        // not a row of the LEGAL_BASIS code list: a rule of the data, 422
        assertEquals(422, post(SOLROED, null, fee(SOLROED, null, "NOT_A_BASIS", "2010-05-01", "10.00")).statusCode());
        assertEquals(404, Api.finance("0751").contentType(ContentType.JSON).body(fee(SOLROED, null, "LAB_78", "2010-05-01", "10.00"))
                .when().post("/api/v1/fees").then().extract().statusCode());
        assertEquals(404, post(SOLROED, null, fee(SOLROED, UUID.randomUUID(), null, "2010-05-01", "10.00")).statusCode());
        Api.auditor(SOLROED).contentType(ContentType.JSON).body(fee(SOLROED, null, "LAB_78", "2010-05-01", "10.00"))
                .when().post("/api/v1/fees").then().statusCode(403);
    }

    @Test
    void shouldRefuseCeilingsWithoutAYear() {
        Api.finance(SOLROED).queryParam("municipality", SOLROED).when().get("/api/v1/ceilings").then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static ExtractableResponse<Response> post(String municipality, String key, Map<String, Object> body) {
        var request = Api.finance(municipality).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.when().post("/api/v1/fees").then().extract();
    }

    private static Map<String, Object> fee(String municipality, UUID mentorship, String basis, String date, String amount) {
        Map<String, Object> fee = new HashMap<>();
        fee.put("municipality", municipality);
        fee.put("mentorshipId", mentorship);
        fee.put("legalBasis", basis);
        fee.put("expenseDate", date);
        fee.put("amount", new java.math.BigDecimal(amount));
        return fee;
    }
}
