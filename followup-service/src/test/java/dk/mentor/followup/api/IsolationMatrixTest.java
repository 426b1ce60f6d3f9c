package dk.mentor.followup.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.testing.fuzz.IsolationMatrix;
import dk.mentor.testing.fuzz.IsolationReport;
import dk.mentor.testing.fuzz.IsolationSetup;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Aarhus's citizen and plan with everything in it (participant, consent, meeting, goal, incident)
 * and a hand-over offered to a third municipality, and a programme of Aarhus's with the plan enrolled,
 * tried by every role of two other municipalities
 * and by a mentor of Aarhus who takes no part in the plan (test-support's IsolationMatrix says
 * which refusals are audited): never a 2xx, 404 or 403 as the document's roles say, and a DENIED
 * audit entry for every 404.
 */
@QuarkusTest
class IsolationMatrixTest extends FollowupTest {

    private static final String MENTOR_ACCOUNT = "iso.mentor";
    /** Frederiksberg: neither of the matrix's foreign municipalities, so its hand-over stays foreign to both. */
    private static final String FREDERIKSBERG = "0147";

    @Test
    void shouldKeepAarhusDataFromOtherMunicipalities() {
        String token = caseworker(AARHUS);
        String citizen = registerCitizen(token, randomCpr(), AARHUS);
        String plan = openPlan(token, citizen);
        String participant = addParticipant(plan, MENTOR_ACCOUNT, "LAB_MENTOR", "LAB_167");
        String consent = consentAcrossLines(plan);
        String meeting = logMeeting(mentor(MENTOR_ACCOUNT), plan, Map.of()).statusCode(201).extract().path("meetingId");
        String goal = created(plan + "/goals", Map.of("description", "Meet on time three weeks in a row"));
        String incident = created(plan + "/incidents",
                Map.of("level", 1, "summary", "Crisis call late at night", "told", List.of("coordination group")));
        String company = given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("cvr", String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000)),
                        "name", "Isolation ApS", "address", "Vej 1, 8000 Aarhus C"))
                .when().post("/api/v1/companies").then().statusCode(201).extract().path("id");
        String contact = given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of("name", "Kontakt"))
                .when().post("/api/v1/companies/" + company + "/contacts").then().statusCode(201).extract().path("id");
        String placement = created(plan + "/placements", Map.of("kind", "VIRKSOMHEDSPRAKTIK", "companyId", company,
                "contactId", contact, "plannedFrom", "2026-11-02", "plannedTo", "2027-01-29"));
        String offeredPlan = aarhusPlan();
        var handOver = given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("toMunicipality", FREDERIKSBERG, "consentId", consentWith(offeredPlan, FREDERIKSBERG),
                        "annotation", "Moving to Frederiksberg"))
                .when().post("/api/v1/plans/" + offeredPlan + "/hand-overs").then().statusCode(201).extract();

        String programme = ProgrammeReportTest.programme(AARHUS);
        given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of("planId", plan))
                .when().post("/api/v1/programmes/" + programme + "/enrolments").then().statusCode(201);

        IsolationSetup setup = IsolationSetup.of("followup-service").owner(AARHUS).outsider("iso-other-mentor", "mentor")
                .body("POST /api/v1/citizens", "{\"cpr\":\"" + randomCpr() + "\",\"actingMunicipality\":\"" + AARHUS + "\"}")
                .body("POST /api/v1/plans/{planId}/meetings", MEETING).body("PUT /api/v1/plans/{planId}/meetings/{meetingId}", CORRECTION)
                .resource("citizen", citizen).resource("plan", plan).resource("participant", participant)
                .resource("consent", consent).resource("meeting", meeting).resource("goal", goal)
                .resource("incident", incident).resource("programmes", programme).resource("hand-over", handOver.path("id"))
                .resource("placement", placement).resource("companies", company)
                .skip("GET /api/v1/companies/{id}", "a company (a CVR number) is national: every municipality's job centre reads it")
                .skip("POST /api/v1/companies/{id}/contacts", "a company's contact persons are national like the company")
                .filteredList("GET /api/v1/companies/{id}/placements",
                        "lists only the placements on plans of the caller's municipalities")
                .etag(plan, getPlan(token, plan).statusCode(200).extract().header("ETag")).etag(goal, "\"0\"")
                .etag(handOver.path("id"), handOver.header("ETag"))
                .etag(meeting, given().header("Authorization", token).get("/api/v1/plans/" + plan + "/meetings/" + meeting)
                        .then().statusCode(200).extract().header("ETag"));

        IsolationReport report = new IsolationMatrix(setup).run();

        assertTrue(report.unreachable().isEmpty(), "operations without a seeded resource: " + report.unreachable());
        assertTrue(report.failures().isEmpty(), report.summary());
        assertEquals(report.refusedByResourceCheck(), report.audited(), report.summary());
    }

    private static final String MEETING = "{\"date\":\"2026-11-10\",\"durationMinutes\":60,\"mode\":\"IN_PERSON\","
            + "\"place\":\"CITIZEN_HOME\",\"attendance\":\"HELD\",\"transportMinutes\":20}";
    private static final String CORRECTION = MEETING.replace("}", ",\"correctionReason\":\"Wrong date\"}");

    private static String created(String planPath, Object body) {
        return given().header("Authorization", caseworker(AARHUS)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans/" + planPath).then().statusCode(201).extract().path("id");
    }
}
