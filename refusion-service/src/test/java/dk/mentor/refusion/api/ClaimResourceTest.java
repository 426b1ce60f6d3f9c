package dk.mentor.refusion.api;

import static dk.mentor.refusion.Feed.minutes;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.mentor.contracts.events.CloudEventHeaders;
import dk.mentor.contracts.events.Topics;
import dk.mentor.contracts.events.followup.MinutesUnderBasis;
import dk.mentor.refusion.Api;
import dk.mentor.refusion.Feed;
import dk.mentor.testing.infra.TestInfra;
import dk.mentor.testing.infra.TestInfraResource;
import dk.mentor.testing.kafka.TopicReader;
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

/** Claims over REST from meetings that came through the real broker. */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "refusion"))
class ClaimResourceTest {

    @Test
    void shouldDraftAClaimWhoseTotalIsTheSumOfItsLinesWithoutTheSection85Minutes() {
        String copenhagen = "0101";
        UUID plan = UUID.randomUUID();
        UUID mentor = UUID.randomUUID();
        Feed.publish(Feed.planOpened(plan, copenhagen, List.of(), LocalDate.of(2010, 1, 4)));
        Feed.publish(Feed.profile(mentor, copenhagen, 1, "150", false, LocalDate.of(2009, 12, 1)));
        UUID a = meeting(plan, copenhagen, mentor, LocalDate.of(2010, 4, 6), minutes("LAB_78", 60));
        UUID b = meeting(plan, copenhagen, mentor, LocalDate.of(2010, 5, 6), minutes("LAB_78", 90));
        UUID doubleRole = meeting(plan, copenhagen, mentor, LocalDate.of(2010, 6, 6),
                List.of(new MinutesUnderBasis("LAB_78", 30), new MinutesUnderBasis("SEL_85", 60)));
        Api.awaitLines(copenhagen, a, 1);
        Api.awaitLines(copenhagen, b, 1);
        Api.awaitLines(copenhagen, doubleRole, 2);

        JsonPath claim = Api.json(draft(copenhagen, "LAB_2009", "2010-04-01", "2010-06-30").statusCode(201)
                .header("Location", containsString("/api/v1/refusion-claims/")));
        String id = claim.getString("id");
        assertEquals(450.0f, claim.getFloat("totalExpense"));  // 150 + 225 + 75; the § 85 hour is not in it
        assertEquals(225.0f, claim.getFloat("totalRefund"));
        assertEquals("DRAFT", claim.getString("status"));

        JsonPath lines = Api.json(Api.finance(copenhagen).queryParam("size", 200).when()
                .get("/api/v1/refusion-claims/" + id + "/lines").then().statusCode(200));
        List<Float> amounts = lines.getList("items.amount", Float.class);
        assertEquals(claim.getFloat("totalExpense"), amounts.stream().reduce(0f, Float::sum), 0.001);
        assertEquals(claim.getFloat("totalRefund"), lines.getList("items.refund", Float.class).stream().reduce(0f, Float::sum), 0.001);
        assertEquals(List.of("LAB_78", "LAB_78", "LAB_78"), lines.getList("items.line.legalBasis"));

        Api.finance(copenhagen).when().get("/api/v1/refusion-claims/" + id + "/csv").then().statusCode(200)
                .contentType(containsString("text/csv")).body(containsString("total;;;;;;;;;450,00"))
                .body(not(containsString("SEL_85")));
        Api.finance(copenhagen).when().get("/api/v1/refusion-claims/" + id + "/document").then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("Anmodet refusion"))
                .body(containsString("225,00 kr"));
        await().atMost(Duration.ofSeconds(30)).until(() -> TopicReader
                .readAll(TestInfra.kafka().bootstrapServers(), Topics.REFUSION_CLAIM).stream()
                .anyMatch(r -> id.equals(TopicReader.header(r, CloudEventHeaders.SUBJECT))
                        && r.value().contains("\"status\":\"DRAFT\"") && r.value().contains("\"totalExpense\":450.00")));
    }

    @Test
    void shouldHideAClaimFromAnotherMunicipalitysFinanceOfficerAndAuditTheAttempt() {
        String frederiksberg = "0147";
        UUID plan = UUID.randomUUID();
        UUID mentor = UUID.randomUUID();
        Feed.publish(Feed.planOpened(plan, frederiksberg, List.of(), LocalDate.of(2010, 1, 4)));
        Feed.publish(Feed.profile(mentor, frederiksberg, 1, "150", false, LocalDate.of(2009, 12, 1)));
        UUID m = meeting(plan, frederiksberg, mentor, LocalDate.of(2010, 2, 2), minutes("LAB_78", 60));
        Api.awaitLines(frederiksberg, m, 1);
        String id = Api.json(draft(frederiksberg, "LAB_2009", "2010-01-01", "2010-03-31").statusCode(201)).getString("id");

        Api.finance("0751").when().get("/api/v1/refusion-claims/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        Api.finance("0751").when().get("/api/v1/refusion-claims/" + id + "/csv").then().statusCode(404);
        Api.finance("0751").queryParam("municipality", frederiksberg).when().get("/api/v1/refusion-claims")
                .then().statusCode(200).body("totalItems", equalTo(0));
        draft("0751", frederiksberg, "LAB_2009", "2010-01-01", "2010-03-31").statusCode(404);
        Api.auditor(frederiksberg).queryParam("subjectId", id).when().get("/api/v1/audit-entries").then().statusCode(200)
                .body("items.outcome", hasItem("DENIED"))
                .body("items.find { it.outcome == 'DENIED' }.actorMunicipalities", equalTo("0751"));
        Api.finance(frederiksberg).queryParam("municipality", frederiksberg).when().get("/api/v1/refusion-claims")
                .then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void shouldMoveAClaimThroughItsLifecycleAndClaimALateCorrectionAsASupplement() {
        String odsherred = "0306";
        UUID plan = UUID.randomUUID();
        UUID mentor = UUID.randomUUID();
        Feed.publish(Feed.planOpened(plan, odsherred, List.of(), LocalDate.of(2010, 1, 4)));
        Feed.publish(Feed.profile(mentor, odsherred, 1, "150", false, LocalDate.of(2009, 12, 1)));
        UUID m = meeting(plan, odsherred, mentor, LocalDate.of(2010, 8, 2), minutes("LAB_78", 120));
        Api.awaitLines(odsherred, m, 1);
        var response = draft(odsherred, "LAB_2009", "2010-07-01", "2010-09-30").statusCode(201);
        String id = Api.json(response).getString("id");
        String etag = response.extract().header("ETag");

        draft(odsherred, "LAB_2009", "2010-07-01", "2010-09-30").statusCode(409);
        move(id, null, "SUBMITTED").statusCode(428);
        move(id, "\"99\"", "SUBMITTED").statusCode(412);
        move(id, etag, "PAID").statusCode(422);
        var submitted = move(id, etag, "SUBMITTED").statusCode(200).body("status", equalTo("SUBMITTED"));
        String submittedTag = submitted.extract().header("ETag");

        // a correction after submission: 120 minutes were really 60
        Feed.publish(Feed.correction(plan, m, 2, odsherred, mentor, LocalDate.of(2010, 8, 2), minutes("LAB_78", 60)));
        Api.awaitLines(odsherred, m, 3);
        JsonPath supplement = Api.json(draft(odsherred, "LAB_2009", "2010-07-01", "2010-09-30").statusCode(201));
        assertEquals(id, supplement.getString("supplementTo"));
        assertEquals(-150.0f, supplement.getFloat("totalExpense")); // -300 reversed + 150 re-posted
        assertEquals(-75.0f, supplement.getFloat("totalRefund"));

        move(id, submittedTag, "APPROVED").statusCode(200).body("status", equalTo("APPROVED"));
        String approvedTag = Api.finance(odsherred).when().get("/api/v1/refusion-claims/" + id).then().statusCode(200)
                .extract().header("ETag");
        move(id, approvedTag, "PAID").statusCode(200).body("status", equalTo("PAID"));
        await().atMost(Duration.ofSeconds(30)).until(() -> TopicReader
                .readAll(TestInfra.kafka().bootstrapServers(), Topics.REFUSION_CLAIM).stream()
                .filter(r -> id.equals(TopicReader.header(r, CloudEventHeaders.SUBJECT))).count() == 4);
    }

    @Test
    void shouldRefuseANothingToClaimAndABadPeriodWithProblems() {
        String lolland = "0360";
        draft(lolland, "LAB_2009", "2010-01-01", "2010-03-31").statusCode(422)
                .contentType("application/problem+json").body("type", equalTo("https://mentor.example/problems/rule-violated"));
        draft(lolland, "LAB_2009", "2010-03-31", "2010-01-01").statusCode(400).body("errors[0].field", equalTo("periodTo"));
        draft(lolland, "LAB_2009", "2010-10-01", "2011-03-31").statusCode(400);
        draft(lolland, "NO_SUCH_REGIME", "2010-01-01", "2010-03-31").statusCode(400).body("errors[0].field", equalTo("regime"));
        Api.finance(lolland).contentType("application/json").body("{\"municipality\":\"0360\"}")
                .when().post("/api/v1/refusion-claims").then().statusCode(400);
        Api.admin().contentType("application/json").body(Map.of("municipality", lolland, "regime", "LAB_2009",
                "periodFrom", "2010-01-01", "periodTo", "2010-03-31")).when().post("/api/v1/refusion-claims")
                .then().statusCode(403);
    }

    private static UUID meeting(UUID plan, String municipality, UUID mentor, LocalDate day, List<MinutesUnderBasis> minutes) {
        UUID meeting = UUID.randomUUID();
        Feed.publish(Feed.meeting(plan, meeting, municipality, mentor, day, minutes));
        return meeting;
    }

    private static io.restassured.response.ValidatableResponse draft(String municipality, String regime, String from, String to) {
        return draft(municipality, municipality, regime, from, to);
    }

    private static io.restassured.response.ValidatableResponse draft(String caller, String municipality, String regime,
                                                                     String from, String to) {
        return Api.finance(caller).contentType("application/json")
                .body(Map.of("municipality", municipality, "regime", regime, "periodFrom", from, "periodTo", to))
                .when().post("/api/v1/refusion-claims").then();
    }

    private static io.restassured.response.ValidatableResponse move(String id, String etag, String status) {
        var request = Api.finance("0306").contentType("application/json").body(Map.of("status", status));
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.when().put("/api/v1/refusion-claims/" + id + "/status").then();
    }
}
