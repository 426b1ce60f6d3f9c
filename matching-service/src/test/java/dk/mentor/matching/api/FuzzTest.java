package dk.mentor.matching.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.testing.fuzz.FuzzReport;
import dk.mentor.testing.fuzz.FuzzSetup;
import dk.mentor.testing.fuzz.Fuzzer;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Thousands of generated requests from the kept OpenAPI document (test-support's fuzz package):
 * no 5xx, a problem for every 4xx, nothing of the inside in any body, no row left by a refused write.
 */
@QuarkusTest
// A database of its own: the run's successful writes as admin (rules, default weights) are global and
// would change what the service's other tests find.
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "matching_fuzz"))
class FuzzTest {

    /**
     * Morsø: a municipality no other test uses, since the run's successful writes (ranking weights,
     * shares, claims, ...) must not change what the service's other tests find.
     */
    private static final String MORSO = "0773";

    private static final String MENTOR_ACCOUNT = "fuzz.mentor";

    @Test
    void shouldSurviveGeneratedRequests() {
        FuzzSetup setup = FuzzSetup.of("matching-service").municipality(MORSO).mentor(MENTOR_ACCOUNT)
                // the read model of the catalogue's mentors, written only by the consumer
                .notCounted("mentor_candidate");
        Catalogue.Mentor mentor = Catalogue.Mentor.active(MORSO, "fuzz").username(MENTOR_ACCOUNT);
        Catalogue.publish(mentor);
        Caseworker caseworker = new Caseworker(MORSO);
        String referral = caseworker.order(caseworker.referral(Caseworker.sameBackground("fuzz")));
        caseworker.shortlist(referral).then().statusCode(200);
        setup.seeded("mentor", mentor.id().toString()).seeded("referral", referral);

        FuzzReport report = new Fuzzer(setup).run();

        assertTrue(report.operationsSucceeded() >= report.operationCount() * 2 / 3,
                "the run reached too few operations with a 2xx:\n" + report.summary());
        assertTrue(report.failures().isEmpty(), "failing cases:\n" + String.join("\n", report.failures()));
    }
}
