package dk.mentor.matching.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.testing.fuzz.IsolationMatrix;
import dk.mentor.testing.fuzz.IsolationReport;
import dk.mentor.testing.fuzz.IsolationSetup;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Aarhus's mentor candidate, referrals, mentorship and matching round, tried by every role of two
 * other municipalities and by a mentor of Aarhus who is not on the mentorship (test-support's
 * IsolationMatrix says which refusals are audited): never a 2xx, 404 or 403 as the document's roles
 * say, and a DENIED audit entry for every 404.
 */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "matching"))
class IsolationMatrixTest {

    private static final String AARHUS = "0751";

    @Test
    void shouldKeepAarhusDataFromOtherMunicipalities() {
        String tag = RankingResourceTest.tag();
        Catalogue.Mentor mentor = Catalogue.Mentor.active(AARHUS, tag).seats(3).username("iso-mentor-" + tag);
        Catalogue.publish(mentor);
        Caseworker caseworker = new Caseworker(AARHUS);
        String matched = caseworker.order(caseworker.referral(Caseworker.sameBackground(tag)));
        caseworker.toMeeting(matched);
        caseworker.answer(matched, "CITIZEN", "YES", null).then().statusCode(200);
        String mentorship = caseworker.answer(matched, "MENTOR", "YES", null).then().statusCode(200)
                .extract().path("mentorshipId");
        String open = caseworker.order(caseworker.referral(Caseworker.sameBackground(tag)));
        caseworker.shortlist(open).then().statusCode(200);
        String round = new Caseworker(AARHUS, "coordinator").as().body(Map.of("municipalities", List.of(AARHUS)))
                .post("/api/v1/matching-rounds").then().statusCode(201).extract().path("id");

        IsolationSetup setup = IsolationSetup.of("matching-service").owner(AARHUS).outsider("iso-other-mentor", "mentor")
                .skip("GET /api/v1/eligibility-rules/{id}", "eligibility rows state the law for every municipality and"
                        + " belong to none (docs/roles.md), so there is no foreign caller to keep out")
                .filteredList("GET /api/v1/referrals", "the list answers the referrals of the caller's municipalities;"
                        + " a municipality filter naming another narrows that to nothing, it grants nothing")
                .query("GET /api/v1/reports/supply-and-demand", "municipality=" + AARHUS)
                .body("POST /api/v1/referrals/{id}/meeting-answers", "{\"party\":\"CITIZEN\",\"answer\":\"YES\"}")
                .resource("mentor", mentor.id().toString()).resource("referral", open).resource("mentorship", mentorship)
                .resource("matching-round", round).etag(open, caseworker.etag(open))
                .etag(mentorship, caseworker.as().get("/api/v1/mentorships/" + mentorship).then().statusCode(200)
                        .extract().header("ETag"));

        IsolationReport report = new IsolationMatrix(setup).run();

        assertTrue(report.unreachable().isEmpty(), "operations without a seeded resource: " + report.unreachable());
        assertTrue(report.failures().isEmpty(), report.summary());
        assertEquals(report.refusedByResourceCheck(), report.audited(), report.summary());
    }
}
