package dk.mentor.matching.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.mentor.testing.infra.TestInfraResource;
import dk.mentor.testing.tokens.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Eligibility as rows over REST: the seeded rows judge referrals when they are ordered (422 with a
 * Danish detail naming the rule), an administrator's new row counts at once, and a shortlist leaves
 * out mentors of a kind the rows do not let serve the citizen.
 */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "matching"))
class EligibilityRuleResourceTest {

    private static final String AARHUS = "0751";
    private final Caseworker caseworker = new Caseworker(AARHUS);

    @Test
    void shouldListTheSeededRowsInForceOnADay() {
        caseworker.as().queryParam("legalBasis", "INL_23D").queryParam("on", "2026-12-01").get("/api/v1/eligibility-rules")
                .then().statusCode(200).body("items.code", hasItem("INL-23D-PROGRAMME"))
                .body("items.targetGroup", hasItem("INTEGRATION_PROGRAMME"));
        String id = caseworker.as().queryParam("legalBasis", "LAB_78").get("/api/v1/eligibility-rules").then().statusCode(200)
                .body("items.code", hasItem("LAB-78-MATCHGROUP-3")).extract().path("items[0].id");
        caseworker.as().get("/api/v1/eligibility-rules/" + id).then().statusCode(200).body("legalBasis", equalTo("LAB_78"));
        caseworker.as().get("/api/v1/eligibility-rules/" + UUID.randomUUID()).then().statusCode(404);
        given().get("/api/v1/eligibility-rules").then().statusCode(401);
        as("mentor").get("/api/v1/eligibility-rules").then().statusCode(403);
    }

    @Test
    void shouldRefuseAReferralNoRowAllowsNamingTheRuleInDanish() {
        Map<String, Object> integration = caseworker.referral(Map.of());
        integration.put("legalBasis", "INL_23D");
        integration.put("targetGroups", List.of("LANGUAGE_BARRIERS"));
        caseworker.as().body(integration).post("/api/v1/referrals").then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("Ingen regel om mentorberettigelse tillader mentorstøtte efter INL_23D"))
                .body("detail", containsString("INL-23D-PROGRAMME (kun målgruppe INTEGRATION_PROGRAMME)"))
                .body("errors[0].field", equalTo("legalBasis"));
        integration.put("targetGroups", List.of("LANGUAGE_BARRIERS", "INTEGRATION_PROGRAMME"));
        caseworker.as().body(integration).post("/api/v1/referrals").then().statusCode(201);

        Map<String, Object> matchGroup3 = caseworker.referral(Map.of());
        matchGroup3.put("legalBasis", "LAB_78");
        matchGroup3.put("periodStart", "2010-05-03");
        matchGroup3.put("periodEnd", "2010-10-31");
        matchGroup3.put("matchGroup", 3);
        caseworker.as().body(matchGroup3).post("/api/v1/referrals").then().statusCode(422)
                .body("detail", containsString("reglen LAB-78-MATCHGROUP-3"))
                .body("detail", containsString("gælder fra 01-04-2010"));
        matchGroup3.put("matchGroup", 2);
        caseworker.as().body(matchGroup3).post("/api/v1/referrals").then().statusCode(201).body("matchGroup", equalTo(2));
        matchGroup3.put("matchGroup", 4);
        caseworker.as().body(matchGroup3).post("/api/v1/referrals").then().statusCode(400)
                .body("errors[0].field", containsString("matchGroup"));
    }

    @Test
    void shouldLeaveOutMentorsOfAKindAnAdministratorsNewRowDenies() {
        String tag = RankingResourceTest.tag();
        var paid = Catalogue.Mentor.active(AARHUS, tag);
        var integration = Catalogue.Mentor.active(AARHUS, tag).legalBases("INL_23D", "LAB_167");
        Catalogue.publish(paid, integration);
        Map<String, Object> body = caseworker.referral(Caseworker.sameBackground(tag));
        body.put("targetGroups", List.of("EMPLOYED"));
        body.put("periodStart", "2031-01-06");
        body.put("periodEnd", "2031-07-05");
        String before = caseworker.order(body);
        caseworker.shortlist(before).then().statusCode(200);
        assertEquals(2, caseworker.proposals(before).size(), "both kinds serve before the new row");

        Map<String, Object> row = denyPaidMentorsForEmployedIn2031();
        as("caseworker").body(row).post("/api/v1/eligibility-rules").then().statusCode(403);
        row.put("validTo", "2030-12-31");
        as("admin").body(row).post("/api/v1/eligibility-rules").then().statusCode(400).body("errors[0].field", equalTo("validTo"));
        row.put("validTo", "2031-12-31");
        row.put("legalBasis", "LAB_999");
        // not a row of the LEGAL_BASIS code list: a rule of the data, 422
        as("admin").body(row).post("/api/v1/eligibility-rules").then().statusCode(422).body("errors[0].field", equalTo("legalBasis"));
        row.put("legalBasis", "LAB_167");
        String added = as("admin").body(row).post("/api/v1/eligibility-rules").then().statusCode(201)
                .header("Location", containsString("/api/v1/eligibility-rules/")).body("createdBy", equalTo("admin-" + AARHUS))
                .extract().path("id");
        as("auditor").queryParam("subjectId", added).get("/api/v1/audit-entries").then().statusCode(200)
                .body("items.action", hasItem("create")).body("items.actorName", hasItem("admin-" + AARHUS));

        String after = caseworker.order(body);
        caseworker.shortlist(after).then().statusCode(200).body("status", equalTo("PROPOSED"));
        assertEquals(List.of(integration.id().toString()),
                caseworker.proposals(after).stream().map(RankingResourceTest::mentorId).toList());

        String paidTag = RankingResourceTest.tag();
        Catalogue.publish(Catalogue.Mentor.active(AARHUS, paidTag));
        Map<String, Object> onlyPaid = caseworker.referral(Caseworker.sameBackground(paidTag));
        onlyPaid.putAll(Map.of("targetGroups", List.of("EMPLOYED"), "periodStart", "2031-01-06", "periodEnd", "2031-07-05"));
        String waiting = caseworker.order(onlyPaid);
        caseworker.shortlist(waiting).then().statusCode(200).body("status", equalTo("WAITING"))
                .body("waitingReasons.unmet", hasItem("MENTOR_KIND_NOT_ELIGIBLE"));
    }

    private static Map<String, Object> denyPaidMentorsForEmployedIn2031() {
        Map<String, Object> row = new HashMap<>();
        row.put("code", "TEST-NO-PAID-FOR-EMPLOYED");
        row.put("legalBasis", "LAB_167");
        row.put("effect", "DENY");
        row.put("mentorKind", "PAID_SOCIAL_MENTOR");
        row.put("targetGroup", "EMPLOYED");
        row.put("validFrom", "2031-01-01");
        row.put("validTo", "2031-12-31");
        row.put("title", "Lønnede mentorer ikke for beskæftigede i 2031 (testregel)");
        row.put("source", "Testens egen regel");
        return row;
    }

    private static RequestSpecification as(String role) {
        return given().header("Authorization", TestTokens.user(role + "-" + AARHUS).roles(role).municipalities(AARHUS).bearer())
                .contentType(ContentType.JSON);
    }
}
