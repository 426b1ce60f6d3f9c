package dk.mentor.followup.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.testing.fuzz.FuzzReport;
import dk.mentor.testing.fuzz.FuzzSetup;
import dk.mentor.testing.fuzz.Fuzzer;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Thousands of generated requests from the kept OpenAPI document (test-support's fuzz package):
 * no 5xx, a problem for every 4xx, nothing of the inside in any body and never the seeded
 * citizen's CPR number, no row left by a refused write.
 */
@QuarkusTest
class FuzzTest extends FollowupTest {

    /**
     * Morsø: a municipality no other test uses, since the run's successful writes (ranking weights,
     * shares, claims, ...) must not change what the service's other tests find.
     */
    private static final String MORSO = "0773";

    private static final String MENTOR_ACCOUNT = "fuzz.mentor";

    @Test
    void shouldSurviveGeneratedRequests() {
        String cpr = randomCpr();
        String token = caseworker(MORSO);
        String citizen = registerCitizen(token, cpr, MORSO);
        String plan = openPlan(token, citizen);
        String participant = addParticipant(token, plan, MENTOR_ACCOUNT, "LAB_MENTOR", "LAB_167", LocalDate.now().minusDays(1));
        String consent = consentAcrossLines(token, plan);
        String meeting = logMeeting(mentor(MENTOR_ACCOUNT), plan, Map.of()).statusCode(201).extract().path("meetingId");
        FuzzSetup setup = FuzzSetup.of("followup-service").municipality(MORSO).mentor(MENTOR_ACCOUNT).cpr(cpr)
                .seeded("citizen", citizen).seeded("plan", plan).seeded("participant", participant)
                .seeded("consent", consent).seeded("meeting", meeting);

        FuzzReport report = new Fuzzer(setup).run();

        assertTrue(report.operationsSucceeded() >= report.operationCount() * 2 / 3,
                "the run reached too few operations with a 2xx:\n" + report.summary());
        assertTrue(report.failures().isEmpty(), "failing cases:\n" + String.join("\n", report.failures()));
    }
}
