package dk.mentor.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/** What a caseworker does in matching-service: refer, take the ranked shortlist, hold the three-party meeting. */
public final class MatchingSteps {

    private final Api api;
    private final Keys keys;
    private final String base;

    public MatchingSteps(Api api, Keys keys) {
        this.api = api;
        this.keys = keys;
        this.base = api.endpoints().matching();
    }

    public UUID refer(String caseworker, Referral referral, String label) {
        return api.create(base, "/api/v1/referrals", caseworker, referral.body(), keys.of("referral:" + label)).id();
    }

    /** Waits until matching knows the mentor as a candidate (from the catalogue's events). */
    public void awaitCandidate(String user, UUID mentorId) {
        Poll.until("mentor " + mentorId + " active in matching-service", () -> candidate(user, mentorId),
                c -> "ACTIVE".equals(c.path("status").asText()) && c.path("vettingComplete").asBoolean());
    }

    private JsonNode candidate(String user, UUID mentorId) {
        Reply reply = api.send("GET", base + "/api/v1/mentor-candidates/" + mentorId, user, null, Map.of(), 200, 404);
        return reply.body();
    }

    /**
     * Shortlists, chooses this mentor's proposal, schedules the three-party meeting and records both
     * yeses; returns the mentorship. A referral already matched (a loader run again) returns its mentorship.
     */
    public UUID match(String caseworker, UUID referralId, UUID mentorId) {
        String path = "/api/v1/referrals/" + referralId;
        Reply referral = api.get(base, path, caseworker);
        if ("MATCHED".equals(referral.body().path("status").asText())) {
            return mentorshipOf(caseworker, referralId);
        }
        JsonNode shortlist = api.change("POST", base, path + "/shortlist", caseworker, referral.etag(), null).body();
        return agree(caseworker, referralId, proposalOf(caseworker, referralId, mentorId, shortlist));
    }

    /**
     * On a shortlisted referral: the citizen chooses the proposal, the three-party meeting is scheduled
     * and both say yes; returns the mentorship.
     */
    public UUID agree(String caseworker, UUID referralId, String proposalId) {
        String path = "/api/v1/referrals/" + referralId;
        api.change("POST", base, path + "/choice", caseworker, etag(caseworker, path),
                Map.of("proposalId", proposalId, "chosenBy", "CITIZEN"));
        api.change("POST", base, path + "/meeting", caseworker, etag(caseworker, path),
                Map.of("at", Instant.now().truncatedTo(ChronoUnit.MINUTES).toString(), "place", "JOB_CENTRE"));
        api.change("POST", base, path + "/meeting-answers", caseworker, etag(caseworker, path),
                Map.of("party", "CITIZEN", "answer", "YES"));
        JsonNode outcome = api.change("POST", base, path + "/meeting-answers", caseworker, etag(caseworker, path),
                Map.of("party", "MENTOR", "answer", "YES")).body();
        return UUID.fromString(outcome.path("mentorshipId").asText());
    }

    private String proposalOf(String caseworker, UUID referralId, UUID mentorId, JsonNode shortlist) {
        for (JsonNode proposal : api.get(base, "/api/v1/referrals/" + referralId + "/proposals", caseworker).body()) {
            if (mentorId.toString().equals(proposal.path("mentor").path("mentorId").asText())) {
                return proposal.path("id").asText();
            }
        }
        throw new IllegalStateException("mentor " + mentorId + " is not on the shortlist of referral " + referralId
                + ": " + shortlist);
    }

    private UUID mentorshipOf(String caseworker, UUID referralId) {
        for (JsonNode m : api.get(base, "/api/v1/mentorships?size=200", caseworker).body().path("items")) {
            if (referralId.toString().equals(m.path("referralId").asText())) {
                return UUID.fromString(m.path("id").asText());
            }
        }
        throw new IllegalStateException("referral " + referralId + " is matched but its mentorship is not listed");
    }

    private String etag(String caseworker, String path) {
        return api.get(base, path, caseworker).etag();
    }
}
