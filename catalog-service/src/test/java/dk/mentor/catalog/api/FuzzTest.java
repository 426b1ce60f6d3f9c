package dk.mentor.catalog.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.testing.fuzz.FuzzReport;
import dk.mentor.testing.fuzz.FuzzSetup;
import dk.mentor.testing.fuzz.Fuzzer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Thousands of generated requests from the kept OpenAPI document (test-support's fuzz package):
 * no 5xx, a problem for every 4xx, nothing of the inside in any body, no row left by a refused
 * write. A failing case is printed as a curl line and kept in {@link FuzzRegressionTest}.
 */
@QuarkusTest
class FuzzTest extends CatalogTest {

    /**
     * Morsø: a municipality no other test uses, since the run's successful writes (ranking weights,
     * shares, claims, ...) must not change what the service's other tests find.
     */
    private static final String MORSO = "0773";

    private static final String MENTOR_ACCOUNT = "fuzz.mentor";

    @Test
    void shouldSurviveGeneratedRequests() {
        FuzzSetup setup = FuzzSetup.of("catalog-service").municipality(MORSO).mentor(MENTOR_ACCOUNT);
        seed(setup);
        FuzzReport report = new Fuzzer(setup).run();

        assertTrue(report.operationsSucceeded() >= report.operationCount() * 3 / 4,
                "the run reached too few operations with a 2xx:\n" + report.summary());
        assertTrue(report.failures().isEmpty(), "failing cases:\n" + String.join("\n", report.failures()));
    }

    /** One of each resource of Morsø, made through the API, so deep paths have something to find. */
    private static void seed(FuzzSetup setup) {
        String organisation = created("/api/v1/organisations",
                Map.of("name", "Fuzz corps", "kind", "MENTOR_CORPS", "homeMunicipality", MORSO));
        created("/api/v1/organisations/" + organisation + "/agreements",
                Map.of("municipality", ODENSE, "validFrom", "2026-01-01", "description", "Fuzz agreement"));
        String mentor = activeVolunteer("Fuzz Mentor", MORSO, Map.of("accountUsername", MENTOR_ACCOUNT));
        String applicant = registerVolunteer("Fuzz Applicant", MORSO);
        String course = created("/api/v1/training-courses",
                Map.of("organiserMunicipality", MORSO, "kind", "START_COURSE", "title", "Fuzz course"));
        String session = created("/api/v1/training-courses/" + course + "/sessions",
                Map.of("heldOn", "2027-02-03", "hours", 7, "costPerParticipant", 1200));
        created("/api/v1/training-sessions/" + session + "/attendances", Map.of("mentorId", mentor));
        String coordinator = created("/api/v1/coordinators", Map.of("municipality", MORSO, "displayName", "Fuzz coordinator"));
        String programme = created("/api/v1/volunteer-programmes", Map.of("organisationId", organisation, "name", "Fuzz programme",
                "periodFrom", "2026-01-01", "periodTo", "2027-12-31", "targetVolunteers", 2, "targetMentees", 2, "targetMatches", 2));
        String entry = created("/api/v1/volunteer-programmes/" + programme + "/entries", Map.of("side", "VOLUNTEER",
                "municipality", MORSO, "channel", "WEBSITE", "inquiryOn", "2026-02-01", "displayName", "Fuzz Volunteer"));
        String group = created("/api/v1/volunteer-programmes/" + programme + "/groups",
                Map.of("name", "Fuzz group", "coordinatorId", coordinator));
        setup.seeded("organisation", organisation).seeded("mentor", mentor).seeded("mentor", applicant)
                .seeded("course", course).seeded("session", session).seeded("coordinator", coordinator)
                .seeded("volunteer-programmes", programme).seeded("entry", entry).seeded("group", group);
    }

    private static String created(String path, Object body) {
        return given().header("Authorization", coordinator(MORSO)).contentType(ContentType.JSON).body(body)
                .when().post(path).then().statusCode(201).extract().path("id");
    }
}
