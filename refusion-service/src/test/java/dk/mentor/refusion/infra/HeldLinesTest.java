package dk.mentor.refusion.infra;

import static dk.mentor.refusion.Feed.minutes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.mentor.refusion.Api;
import dk.mentor.refusion.Feed;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A meeting with claim holds is in the ledger, held: shown, never claimed, until a correction clears it. */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "refusion"))
class HeldLinesTest {

    private static final String REBILD = "0840";
    private static final String JAMMERBUGT = "0849";
    private static final String LAESOE = "0825";

    @Test
    void shouldHoldAMeetingOutsideTheGrantUntilACorrectionClearsTheHold() {
        UUID plan = UUID.randomUUID();
        UUID mentor = UUID.randomUUID();
        Feed.publish(Feed.planOpened(plan, REBILD, List.of(), LocalDate.of(2010, 1, 4)));
        Feed.publish(Feed.profile(mentor, REBILD, 1, "150", false, LocalDate.of(2009, 12, 1)));
        UUID meeting = UUID.randomUUID();
        LocalDate day = LocalDate.of(2010, 4, 6);
        Feed.publish(Feed.meeting(plan, meeting, REBILD, mentor, null, day, minutes("LAB_78", 60),
                List.of("OUTSIDE_PERIOD", "AGREEMENT_MISSING")));

        Map<String, Object> held = Api.awaitLines(REBILD, meeting, 1).get(0);
        assertEquals(true, held.get("held"));
        assertEquals(List.of("OUTSIDE_PERIOD", "AGREEMENT_MISSING"), held.get("holds"));
        assertEquals(150.0f, ((Number) held.get("amount")).floatValue());   // the cost shows
        assertEquals("LAB_2009", held.get("regime"));
        assertEquals(1, Api.lines(REBILD, Map.of("meetingId", meeting, "held", true)).size());
        assertEquals(0, Api.lines(REBILD, Map.of("meetingId", meeting, "held", false)).size());
        Api.draft(REBILD, "LAB_2009", "2010-04-01", "2010-06-30").statusCode(422);

        // the caseworker renews the grant and corrects the meeting: the hold is cleared
        Feed.publish(Feed.correction(plan, meeting, 2, REBILD, mentor, day, minutes("LAB_78", 60), List.of()));
        List<Map<String, Object>> lines = Api.awaitLines(REBILD, meeting, 3);
        assertEquals(true, lines.get(0).get("reversed"));
        assertEquals(true, lines.get(1).get("held"));            // the reversal mirrors the held line
        assertEquals(-150.0f, ((Number) lines.get(1).get("amount")).floatValue());
        assertEquals(false, lines.get(2).get("held"));
        assertEquals(List.of(), lines.get(2).get("holds"));
        assertEquals(1, Api.lines(REBILD, Map.of("meetingId", meeting, "held", false)).size());

        JsonPath claim = Api.json(Api.draft(REBILD, "LAB_2009", "2010-04-01", "2010-06-30").statusCode(201));
        assertEquals(150.0f, claim.getFloat("totalExpense"));
        assertEquals(75.0f, claim.getFloat("totalRefund"));
    }

    @Test
    void shouldHoldAClaimedMeetingWhenACorrectionAddsAHoldAndTakeItBackOnTheNextClaim() {
        UUID plan = UUID.randomUUID();
        UUID mentor = UUID.randomUUID();
        Feed.publish(Feed.planOpened(plan, JAMMERBUGT, List.of(), LocalDate.of(2010, 1, 4)));
        Feed.publish(Feed.profile(mentor, JAMMERBUGT, 1, "150", false, LocalDate.of(2009, 12, 1)));
        UUID meeting = UUID.randomUUID();
        LocalDate day = LocalDate.of(2010, 8, 2);
        Feed.publish(Feed.meeting(plan, meeting, JAMMERBUGT, mentor, null, day, minutes("LAB_78", 120), List.of()));
        Api.awaitLines(JAMMERBUGT, meeting, 1);
        String first = Api.json(Api.draft(JAMMERBUGT, "LAB_2009", "2010-07-01", "2010-09-30").statusCode(201))
                .getString("id");

        Feed.publish(Feed.correction(plan, meeting, 2, JAMMERBUGT, mentor, day, minutes("LAB_78", 120),
                List.of("NO_ACTIVE_PARTICIPATION")));
        List<Map<String, Object>> lines = Api.awaitLines(JAMMERBUGT, meeting, 3);
        assertEquals(first, lines.get(0).get("claimId"));
        assertEquals(false, lines.get(1).get("held"));           // the claimed money is taken back ...
        assertEquals(true, lines.get(2).get("held"));            // ... and the meeting stays, held

        Api.finance(JAMMERBUGT).contentType("application/json").body(Map.of("status", "SUBMITTED"))
                .header("If-Match", Api.finance(JAMMERBUGT).when().get("/api/v1/refusion-claims/" + first).then()
                        .statusCode(200).extract().header("ETag"))
                .when().put("/api/v1/refusion-claims/" + first + "/status").then().statusCode(200);
        JsonPath supplement = Api.json(Api.draft(JAMMERBUGT, "LAB_2009", "2010-07-01", "2010-09-30").statusCode(201));
        assertEquals(first, supplement.getString("supplementTo"));
        assertEquals(-300.0f, supplement.getFloat("totalExpense"));
        assertEquals(-150.0f, supplement.getFloat("totalRefund"));
    }

    @Test
    void shouldCountNoHeldLineAgainstTheCeiling() {
        UUID plan = UUID.randomUUID();
        UUID mentor = UUID.randomUUID();
        Feed.publish(Feed.planOpened(plan, LAESOE, List.of(), LocalDate.of(2014, 1, 2)));
        Feed.publish(Feed.profile(mentor, LAESOE, 1, "150", false, LocalDate.of(2013, 12, 1)));
        UUID held = UUID.randomUUID();
        Feed.publish(Feed.meeting(plan, held, LAESOE, mentor, null, LocalDate.of(2014, 3, 3), minutes("LAB_31B", 60),
                List.of("FUTURE_DATE")));
        UUID counted = UUID.randomUUID();
        Feed.publish(Feed.meeting(plan, counted, LAESOE, mentor, null, LocalDate.of(2014, 3, 4), minutes("LAB_31B", 60),
                List.of()));
        Api.awaitLines(LAESOE, counted, 1);
        assertEquals(true, Api.linesOfMeeting(LAESOE, held).get(0).get("held"));

        JsonPath ceilings = Api.json(Api.finance(LAESOE).queryParam("municipality", LAESOE).queryParam("year", 2014)
                .when().get("/api/v1/ceilings").then().statusCode(200));
        assertEquals("REFUSION_CEILING", ceilings.getString("[0].ceilingKind"));
        assertEquals(150.0f, ceilings.getFloat("[0].consumed"));   // the held 150 kr is not in it
    }
}
