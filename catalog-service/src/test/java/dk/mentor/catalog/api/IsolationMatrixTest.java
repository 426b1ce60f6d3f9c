package dk.mentor.catalog.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.testing.fuzz.IsolationMatrix;
import dk.mentor.testing.fuzz.IsolationReport;
import dk.mentor.testing.fuzz.IsolationSetup;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Aarhus's organisation, mentor, course, session, coordinator and volunteer programme (with a mentee's
 * entry and a coordination group), tried by every role of two other
 * municipalities and by a mentor of Aarhus who is not that mentor (test-support's IsolationMatrix
 * says which refusals are audited): never a 2xx, 404 or 403 as the document's roles say, and a
 * DENIED audit entry for every 404.
 */
@QuarkusTest
class IsolationMatrixTest extends CatalogTest {

    @Test
    void shouldKeepAarhusDataFromOtherMunicipalities() {
        IsolationSetup setup = IsolationSetup.of("catalog-service").owner(AARHUS).outsider("iso-other-mentor", "mentor")
                .filteredList("GET /api/v1/mentors", "the search lists the mentors shared with the caller's municipalities;"
                        + " municipality and homeMunicipality narrow that, they grant nothing")
                .body("PUT /api/v1/mentors/{id}/vetting", VETTING);
        String organisation = created("/api/v1/organisations",
                Map.of("name", "Isolated corps", "kind", "MENTOR_CORPS", "homeMunicipality", AARHUS));
        String mentor = activeVolunteer("Isolated Mentor", AARHUS, Map.of("accountUsername", "isolated.mentor"));
        String course = created("/api/v1/training-courses",
                Map.of("organiserMunicipality", AARHUS, "kind", "START_COURSE", "title", "Isolated course"));
        String session = created("/api/v1/training-courses/" + course + "/sessions",
                Map.of("heldOn", "2027-02-03", "hours", 7, "costPerParticipant", 1200));
        String coordinator = created("/api/v1/coordinators", Map.of("municipality", AARHUS, "displayName", "Isolated coordinator"));
        String programme = created("/api/v1/volunteer-programmes", Map.of("organisationId", organisation, "name", "Isolated programme",
                "periodFrom", "2026-01-01", "periodTo", "2027-12-31", "targetVolunteers", 1, "targetMentees", 1, "targetMatches", 1));
        String entry = created("/api/v1/volunteer-programmes/" + programme + "/entries", Map.of("side", "MENTEE",
                "municipality", AARHUS, "channel", "JOBCENTRE", "inquiryOn", "2026-02-01", "ageBand", "AGE_18_24"));
        String group = created("/api/v1/volunteer-programmes/" + programme + "/groups",
                Map.of("name", "Isolated group", "coordinatorId", coordinator));
        setup.resource("organisation", organisation).resource("mentor", mentor).resource("course", course)
                .resource("session", session).resource("coordinator", coordinator).etag(mentor, etag(coordinator(AARHUS), mentor))
                .resource("volunteer-programmes", programme).resource("entry", entry).resource("group", group);

        IsolationReport report = new IsolationMatrix(setup).run();

        assertTrue(report.unreachable().isEmpty(), "operations without a seeded resource: " + report.unreachable());
        assertTrue(report.failures().isEmpty(), report.summary());
        assertEquals(report.refusedByResourceCheck(), report.audited(), report.summary());
    }

    private static final String VETTING = "{\"childCertificateStatus\":\"CLEARED\",\"childCertificateCheckedOn\":\"2026-10-01\","
            + "\"criminalRecordStatus\":\"NOT_REQUESTED\",\"intakeInterviewOn\":\"2026-10-02\",\"expectationsAgreed\":[\"PAY\"]}";

    private static String created(String path, Object body) {
        return given().header("Authorization", coordinator(AARHUS)).contentType(ContentType.JSON).body(body)
                .when().post(path).then().statusCode(201).extract().path("id");
    }
}
