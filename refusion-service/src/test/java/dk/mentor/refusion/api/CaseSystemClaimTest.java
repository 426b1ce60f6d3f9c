package dk.mentor.refusion.api;

import static dk.mentor.refusion.Feed.minutes;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.refusion.Api;
import dk.mentor.refusion.Feed;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A municipality's case system reads claims and their lines, and syncs them by updatedSince; it never moves them. */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "refusion"))
class CaseSystemClaimTest {

    private static final String GENTOFTE = "0157";

    @Test
    void shouldReadClaimsAndTheirLinesAndListTheChangedOnes() {
        UUID plan = UUID.randomUUID();
        UUID mentor = UUID.randomUUID();
        Feed.publish(Feed.planOpened(plan, GENTOFTE, List.of(), LocalDate.of(2011, 1, 3)));
        Feed.publish(Feed.profile(mentor, GENTOFTE, 1, "150", false, LocalDate.of(2010, 12, 1)));
        UUID january = UUID.randomUUID();
        Feed.publish(Feed.meeting(plan, january, GENTOFTE, mentor, LocalDate.of(2011, 1, 10), minutes("LAB_78", 60)));
        UUID april = UUID.randomUUID();
        Feed.publish(Feed.meeting(plan, april, GENTOFTE, mentor, LocalDate.of(2011, 4, 11), minutes("LAB_78", 60)));
        Api.awaitLines(GENTOFTE, january, 1);
        Api.awaitLines(GENTOFTE, april, 1);
        String first = draft("2011-01-01", "2011-03-31");
        String second = draft("2011-04-01", "2011-06-30");

        Api.integration(GENTOFTE).when().get("/api/v1/refusion-claims/" + first).then().statusCode(200)
                .body("id", equalTo(first)).body("status", equalTo("DRAFT"));
        Api.integration(GENTOFTE).when().get("/api/v1/refusion-claims/" + first + "/lines").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].line.legalBasis", equalTo("LAB_78"));
        Instant secondDrafted = Instant.parse(Api.integration(GENTOFTE).when().get("/api/v1/refusion-claims/" + second)
                .then().statusCode(200).extract().path("statusChangedAt"));
        Instant firstDrafted = Instant.parse(Api.integration(GENTOFTE).when().get("/api/v1/refusion-claims/" + first)
                .then().extract().path("statusChangedAt"));
        assertEquals(List.of(first, second), changedSince(firstDrafted), "oldest change first");

        String etag = Api.finance(GENTOFTE).when().get("/api/v1/refusion-claims/" + first).then().extract().header("ETag");
        Api.finance(GENTOFTE).contentType("application/json").header("If-Match", etag).body(Map.of("status", "SUBMITTED"))
                .when().put("/api/v1/refusion-claims/" + first + "/status").then().statusCode(200);

        List<String> later = changedSince(secondDrafted.plus(1, ChronoUnit.MICROS));
        assertTrue(later.contains(first), "submitting changed the first");
        assertFalse(later.contains(second), "the second did not change");
    }

    @Test
    void shouldNeitherDraftNorMoveNorExportAndSeeNoOtherMunicipalitysClaims() {
        UUID plan = UUID.randomUUID();
        UUID mentor = UUID.randomUUID();
        Feed.publish(Feed.planOpened(plan, GENTOFTE, List.of(), LocalDate.of(2012, 1, 2)));
        Feed.publish(Feed.profile(mentor, GENTOFTE, 1, "150", false, LocalDate.of(2011, 12, 1)));
        UUID meeting = UUID.randomUUID();
        Feed.publish(Feed.meeting(plan, meeting, GENTOFTE, mentor, LocalDate.of(2012, 2, 6), minutes("LAB_78", 60)));
        Api.awaitLines(GENTOFTE, meeting, 1);
        String claim = draft("2012-01-01", "2012-03-31");

        Api.integration(GENTOFTE).contentType("application/json")
                .body(Map.of("municipality", GENTOFTE, "regime", "LAB_2009", "periodFrom", "2012-04-01", "periodTo", "2012-06-30"))
                .when().post("/api/v1/refusion-claims").then().statusCode(403);
        Api.integration(GENTOFTE).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("status", "SUBMITTED")).when().put("/api/v1/refusion-claims/" + claim + "/status").then().statusCode(403);
        Api.integration(GENTOFTE).when().get("/api/v1/refusion-claims/" + claim + "/csv").then().statusCode(403);
        Api.integration("0751").when().get("/api/v1/refusion-claims/" + claim).then().statusCode(404);
        Api.integration("0751").when().get("/api/v1/refusion-claims/" + claim + "/lines").then().statusCode(404);
        Api.integration("0751").queryParam("municipality", GENTOFTE).when().get("/api/v1/refusion-claims").then()
                .statusCode(200).body("totalItems", equalTo(0));
    }

    private static String draft(String from, String to) {
        return Api.finance(GENTOFTE).contentType("application/json")
                .body(Map.of("municipality", GENTOFTE, "regime", "LAB_2009", "periodFrom", from, "periodTo", to))
                .when().post("/api/v1/refusion-claims").then().statusCode(201).extract().path("id");
    }

    private static List<String> changedSince(Instant since) {
        return Api.integration(GENTOFTE).queryParam("updatedSince", since.toString()).queryParam("municipality", GENTOFTE)
                .queryParam("size", 100).when().get("/api/v1/refusion-claims").then().statusCode(200).extract().path("items.id");
    }
}
