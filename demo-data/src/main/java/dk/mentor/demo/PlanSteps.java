package dk.mentor.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a caseworker and a mentor do in followup-service: the citizen, the one shared plan, meetings, progression, closure. */
public final class PlanSteps {

    private final Api api;
    private final Keys keys;
    private final String base;

    public PlanSteps(Api api, Keys keys) {
        this.api = api;
        this.keys = keys;
        this.base = api.endpoints().followup();
    }

    /** Registers a citizen by CPR number; the number goes in the body only, never in a URL. */
    public UUID citizen(String caseworker, String municipality, String cpr, String label) {
        return api.create(base, "/api/v1/citizens", caseworker, Map.of("cpr", cpr, "actingMunicipality", municipality),
                keys.of("citizen:" + label)).id();
    }

    /** A citizen met anonymously under Serviceloven § 99, known by an alias only. */
    public UUID anonymousCitizen(String caseworker, String municipality, String alias) {
        return api.create(base, "/api/v1/citizens", caseworker,
                Map.of("anonymous", true, "alias", alias, "actingMunicipality", municipality), keys.of("citizen:" + alias)).id();
    }

    public UUID openPlan(String caseworker, UUID citizenId, LocalDate openedOn, String goal, List<String> targetGroups,
                         String label) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("citizenId", citizenId.toString());
        body.put("longTermGoal", goal);
        body.put("openedOn", openedOn.toString());
        body.put("targetGroups", targetGroups);
        body.put("linkedPlans", List.of(Map.of("kind", "JOB_PLAN", "system", "Case system", "reference", "JP-" + label)));
        return api.create(base, "/api/v1/plans", caseworker, body, keys.of("plan:" + label)).id();
    }

    /** Waits until the mentorship started in matching has put the mentor on the plan; returns the participation. */
    public UUID awaitMentor(String caseworker, UUID planId, UUID mentorId) {
        JsonNode found = Poll.until("mentor " + mentorId + " on plan " + planId, () -> participation(caseworker, planId, mentorId),
                p -> !p.isMissingNode());
        return UUID.fromString(found.path("id").asText());
    }

    private JsonNode participation(String caseworker, UUID planId, UUID mentorId) {
        for (JsonNode p : api.get(base, "/api/v1/plans/" + planId + "/participants?size=200", caseworker).body().path("items")) {
            if (mentorId.toString().equals(p.path("mentorId").asText())) {
                return p;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /** The citizen's consent to share across the employment and social lines, needed before a second-line role. */
    public void consentAcrossLines(String caseworker, UUID planId, String label) {
        api.create(base, "/api/v1/plans/" + planId + "/consents", caseworker,
                Map.of("purpose", "SHARE_ACROSS_LINES", "basis", "CONSENT"), keys.of("consent:" + label));
    }

    public UUID addParticipant(String caseworker, UUID planId, String username, String displayName, String role, String basis,
                               LocalDate startedOn, String label) {
        return api.create(base, "/api/v1/plans/" + planId + "/participants", caseworker,
                Map.of("displayName", displayName, "username", username, "role", role, "legalBasis", basis,
                        "startedOn", startedOn.toString()), keys.of("participant:" + label)).id();
    }

    /**
     * The written mentor agreement for a participation (goal, mentor, tasks, period, hours, complaint guidance):
     * without one covering the day, hours under the employment act are held back from the refusion claim.
     */
    public UUID mentorAgreement(String caseworker, UUID planId, UUID participantId, String mentorName, String goal,
                                LocalDate from, LocalDate to, double hoursPerWeek, String label) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("participantId", participantId.toString());
        body.put("goal", goal);
        body.put("mentorName", mentorName);
        body.put("mentorContact", "Through the job centre, phone 70 20 30 40");
        body.put("tasks", "Weekly talks; structure in the week; come along to the first days at work");
        body.put("periodFrom", from.toString());
        body.put("periodTo", to.toString());
        body.put("hoursPerWeek", hoursPerWeek);
        body.put("complaintGuidance", "Complain to the job centre within 4 weeks");
        body.put("activation", false);
        return api.create(base, "/api/v1/plans/" + planId + "/mentor-agreements", caseworker, body,
                keys.of("agreement:" + label)).id();
    }

    public UUID logMeeting(String user, UUID planId, MeetingLog meeting, String label) {
        return UUID.fromString(api.create(base, "/api/v1/plans/" + planId + "/meetings", user, meeting.body(),
                keys.of("meeting:" + label)).body().path("meetingId").asText());
    }

    /** A new version of a meeting, judged anew (e.g. once the missing agreement is written); the old one is kept. */
    public JsonNode correctMeeting(String user, UUID planId, UUID meetingId, MeetingLog meeting, String reason) {
        String path = "/api/v1/plans/" + planId + "/meetings/" + meetingId;
        Map<String, Object> body = meeting.body();
        body.put("correctionReason", reason);
        return api.change("PUT", base, path, user, api.get(base, path, user).etag(), body).body();
    }

    public void rate(String user, UUID planId, LocalDate ratedOn, int score, Map<String, Integer> dimensions, String nextStep,
                     String label) {
        api.create(base, "/api/v1/plans/" + planId + "/progressions", user,
                Map.of("ratedOn", ratedOn.toString(), "labourMarketScore", score, "dimensions", dimensions,
                        "nextStep", nextStep, "mentorSupport", "Keep the weekly meetings"), keys.of("rating:" + label));
    }

    public void close(String caseworker, UUID planId, String outcome, LocalDate closedOn, String summary) {
        Reply plan = api.get(base, "/api/v1/plans/" + planId, caseworker);
        if ("CLOSED".equals(plan.body().path("status").asText())) {
            return;
        }
        api.change("POST", base, "/api/v1/plans/" + planId + "/closure", caseworker, plan.etag(),
                Map.of("outcome", outcome, "closedOn", closedOn.toString(), "aftercareMonths", 3,
                        "effortsSummary", summary, "plannedFutureEfforts", "A call from the caseworker after a month"));
    }

    public Reply plan(String user, UUID planId) {
        return api.get(base, "/api/v1/plans/" + planId, user);
    }

    public JsonNode participants(String user, UUID planId) {
        return api.get(base, "/api/v1/plans/" + planId + "/participants?size=200", user).body();
    }

    public JsonNode meetings(String user, UUID planId) {
        return api.get(base, "/api/v1/plans/" + planId + "/meetings?size=200", user).body();
    }

    public JsonNode progressReport(String user, UUID planId) {
        return api.get(base, "/api/v1/plans/" + planId + "/progress-report", user).body();
    }
}
