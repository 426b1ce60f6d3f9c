package dk.mentor.matching.api;

import static io.restassured.RestAssured.given;

import dk.mentor.testing.tokens.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The REST calls a caseworker's case system makes, with the ETag read before each change. */
final class Caseworker {

    private final String municipality;
    private final String role;

    Caseworker(String municipality) {
        this(municipality, "caseworker");
    }

    Caseworker(String municipality, String role) {
        this.municipality = municipality;
        this.role = role;
    }

    RequestSpecification as() {
        return given().header("Authorization", TestTokens.user(role + "-" + municipality).roles(role)
                .municipalities(municipality).bearer()).contentType(ContentType.JSON);
    }

    /** A referral body for LAB § 167 with the given wishes; tests add or change fields as they need. */
    Map<String, Object> referral(Map<String, Object> wishes) {
        Map<String, Object> body = new HashMap<>();
        body.put("planId", UUID.randomUUID().toString());
        body.put("actingMunicipality", municipality);
        body.put("legalBasis", "LAB_167");
        body.put("purpose", "Keep the placement at the warehouse");
        body.put("tasks", List.of("morning routine"));
        body.put("hoursPerWeek", 2.5);
        body.put("meetingFrequency", "WEEKLY");
        body.put("periodStart", "2026-12-01");
        body.put("periodEnd", "2027-05-31");
        body.put("targetGroups", List.of("SOCIAL_AND_MENTAL_PROBLEMS"));
        body.put("needs", List.of("job-search"));
        body.put("languages", List.of("da"));
        body.put("areaMunicipality", municipality);
        body.put("wishes", wishes);
        body.put("urgency", "NORMAL");
        body.put("mentorMandatory", false);
        return body;
    }

    static Map<String, Object> sameBackground(String tag) {
        return Map.of("background", Map.of("relation", "SAME", "tags", List.of(tag), "binding", true));
    }

    String order(Map<String, Object> body) {
        return as().body(body).post("/api/v1/referrals").then().statusCode(201).extract().path("id");
    }

    Response get(String referralId) {
        return as().get("/api/v1/referrals/" + referralId);
    }

    String etag(String referralId) {
        return get(referralId).then().statusCode(200).extract().header("ETag");
    }

    Response shortlist(String referralId) {
        return as().header("If-Match", etag(referralId)).post("/api/v1/referrals/" + referralId + "/shortlist");
    }

    List<Map<String, Object>> proposals(String referralId) {
        return as().get("/api/v1/referrals/" + referralId + "/proposals").then().statusCode(200).extract().jsonPath().getList("$");
    }

    Response choose(String referralId, String proposalId) {
        return as().header("If-Match", etag(referralId)).body(Map.of("proposalId", proposalId, "chosenBy", "CITIZEN"))
                .post("/api/v1/referrals/" + referralId + "/choice");
    }

    Response meeting(String referralId) {
        return as().header("If-Match", etag(referralId)).body(Map.of("at", "2026-12-02T09:00:00Z", "place", "JOB_CENTRE"))
                .post("/api/v1/referrals/" + referralId + "/meeting");
    }

    Response answer(String referralId, String party, String answer, String reason) {
        return answer(referralId, etag(referralId), party, answer, reason);
    }

    Response answer(String referralId, String etag, String party, String answer, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("party", party);
        body.put("answer", answer);
        body.put("reason", reason);
        return as().header("If-Match", etag).body(body).post("/api/v1/referrals/" + referralId + "/meeting-answers");
    }

    /** Shortlist, choose the first, schedule the meeting: the referral waits for the two answers. */
    String toMeeting(String referralId) {
        shortlist(referralId).then().statusCode(200);
        String first = (String) proposals(referralId).stream().filter(p -> "OPEN".equals(p.get("status")))
                .findFirst().orElseThrow().get("id");
        choose(referralId, first).then().statusCode(200);
        meeting(referralId).then().statusCode(200);
        return first;
    }
}
