package dk.mentor.refusion.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.refusion.Api;
import dk.mentor.refusion.Feed;
import dk.mentor.testing.fuzz.IsolationMatrix;
import dk.mentor.testing.fuzz.IsolationReport;
import dk.mentor.testing.fuzz.IsolationSetup;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Aarhus's ledger line, claim and mentor budget (the line priced from a plan and a meeting fed in
 * as the other services' events), tried by every role of two other municipalities (test-support's
 * IsolationMatrix says which refusals are audited): never a 2xx, 404 or 403 as the document's roles
 * say, and a DENIED audit entry for every 404.
 */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "refusion"))
class IsolationMatrixTest {

    private static final String AARHUS = "0751";
    private static final String RULE_ROWS = "rule rows are suite-wide and belong to no municipality (docs/roles.md:"
            + " admin reads and changes every row), so there is no foreign caller to keep out";

    /** The year and target group of the document's examples, which the matrix puts in the path. */
    private static final String BUDGET = "/api/v1/mentor-budgets/" + AARHUS + "/2025/ACTIVITY_READY";

    @Test
    void shouldKeepAarhusDataFromOtherMunicipalities() {
        UUID plan = UUID.randomUUID();
        UUID mentor = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        Feed.publish(Feed.planOpened(plan, AARHUS, List.of("ACTIVITY_READY"), LocalDate.of(2010, 1, 4)));
        Feed.publish(Feed.profile(mentor, AARHUS, 1, "150", false, LocalDate.of(2009, 12, 1)));
        Feed.publish(Feed.meeting(plan, meeting, AARHUS, mentor, LocalDate.of(2010, 8, 3), Feed.minutes("LAB_78", 60)));
        String line = (String) Api.awaitLines(AARHUS, meeting, 1).get(0).get("id");
        var claim = Api.finance(AARHUS).contentType("application/json")
                .body(Map.of("municipality", AARHUS, "regime", "LAB_2009", "periodFrom", "2010-07-01", "periodTo", "2010-09-30"))
                .when().post("/api/v1/refusion-claims").then().statusCode(201).extract();
        String budget = budgetEtag();

        IsolationSetup setup = IsolationSetup.of("refusion-service").owner(AARHUS)
                .skip("GET /api/v1/rule-sets/{id}", RULE_ROWS).skip("PUT /api/v1/rule-sets/{id}", RULE_ROWS)
                .skip("GET /api/v1/rule-sets/{id}/changes", RULE_ROWS).skip("POST /api/v1/rule-sets", RULE_ROWS)
                .filteredList("GET /api/v1/refusion-claims", "the list answers the claims of the caller's municipalities;"
                        + " a municipality filter naming another narrows that to nothing, it grants nothing")
                .resource("expense-line", line).resource("refusion-claim", claim.path("id"))
                .etag(claim.path("id"), claim.header("ETag"))
                .etag(BUDGET, budget);

        IsolationReport report = new IsolationMatrix(setup).run();

        assertTrue(report.unreachable().isEmpty(), "operations without a seeded resource: " + report.unreachable());
        assertTrue(report.failures().isEmpty(), report.summary());
        assertEquals(report.refusedByResourceCheck(), report.audited(), report.summary());
    }

    /** Sets Aarhus's budget at the examples' path; another test may have set it first, so its version is read. */
    private static String budgetEtag() {
        var current = Api.finance(AARHUS).when().get(BUDGET);
        var change = Api.finance(AARHUS).contentType("application/json").body(Map.of("plannedHours", 40));
        if (current.statusCode() == 200) {
            change = change.header("If-Match", current.header("ETag"));
        }
        return change.when().put(BUDGET).then().statusCode(200).extract().header("ETag");
    }
}
