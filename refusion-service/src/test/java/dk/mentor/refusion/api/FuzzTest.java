package dk.mentor.refusion.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.refusion.Api;
import dk.mentor.refusion.Feed;
import dk.mentor.testing.fuzz.FuzzReport;
import dk.mentor.testing.fuzz.FuzzSetup;
import dk.mentor.testing.fuzz.Fuzzer;
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
 * Thousands of generated requests from the kept OpenAPI document (test-support's fuzz package):
 * no 5xx, a problem for every 4xx, nothing of the inside in any body, no row left by a refused write.
 */
@QuarkusTest
// A database of its own: the run's successful writes as admin (rules, default weights) are global and
// would change what the service's other tests find.
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "refusion_fuzz"))
class FuzzTest {

    /**
     * Morsø: a municipality no other test uses, since the run's successful writes (ranking weights,
     * shares, claims, ...) must not change what the service's other tests find.
     */
    private static final String MORSO = "0773";


    @Test
    void shouldSurviveGeneratedRequests() {
        UUID plan = UUID.randomUUID();
        UUID mentor = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        Feed.publish(Feed.planOpened(plan, MORSO, List.of(), LocalDate.of(2010, 1, 4)));
        Feed.publish(Feed.profile(mentor, MORSO, 1, "150", false, LocalDate.of(2009, 12, 1)));
        Feed.publish(Feed.meeting(plan, meeting, MORSO, mentor, LocalDate.of(2010, 4, 6), Feed.minutes("LAB_78", 60)));
        Api.awaitLines(MORSO, meeting, 1);
        String claim = Api.finance(MORSO).contentType("application/json")
                .body(Map.of("municipality", MORSO, "regime", "LAB_2009", "periodFrom", "2010-04-01", "periodTo", "2010-06-30"))
                .when().post("/api/v1/refusion-claims").then().statusCode(201).extract().path("id");
        FuzzSetup setup = FuzzSetup.of("refusion-service").municipality(MORSO)
                .seeded("plan", plan.toString()).seeded("meeting", meeting.toString())
                .seeded("mentor", mentor.toString()).seeded("refusionclaim", claim)
                // what the consumers learn from the other services' events, never written by a request
                .notCounted("plan_fact").notCounted("plan_handover").notCounted("plan_outcome")
                .notCounted("mentor_terms").notCounted("mentorship_fact").notCounted("meeting");

        FuzzReport report = new Fuzzer(setup).run();

        assertTrue(report.operationsSucceeded() >= report.operationCount() * 2 / 3,
                "the run reached too few operations with a 2xx:\n" + report.summary());
        assertTrue(report.failures().isEmpty(), "failing cases:\n" + String.join("\n", report.failures()));
    }
}
