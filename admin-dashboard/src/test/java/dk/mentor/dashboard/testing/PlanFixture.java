package dk.mentor.dashboard.testing;

import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A plan as followup-service answers for it, with as many meetings as asked: a LAB § 167 mentor who
 * is also the § 85 support person (each meeting split between the two), ratings, goals, consents,
 * an incident and a hand-over. The JSON of each list endpoint the plan page reads.
 */
public final class PlanFixture {

    public final UUID plan = UUID.fromString("7d1c0c3e-6f59-4c2e-9f0e-2b1a3c4d5e6f");
    public final UUID lab = UUID.fromString("11111111-1111-4111-8111-111111111111");
    public final UUID sel85 = UUID.fromString("22222222-2222-4222-8222-222222222222");
    private final int meetings;
    private final LocalDate opened = LocalDate.of(2026, 1, 5);

    public PlanFixture(int meetings) {
        this.meetings = meetings;
    }

    /** The JSON for {@code path} (the plan's own endpoints and the hand-over list), or null for any other. */
    public String json(String path) {
        String base = "/api/v1/plans/" + plan;
        if (path.startsWith(base + "?") || path.equals(base)) {
            return """
                    {"id":"%s","status":"ACTIVE","line":"EMPLOYMENT","openedOn":"%s","ownerMunicipality":"0751",
                     "coordinatingCaseworker":"caseworker-aarhus","targetGroups":["LONG_TERM_UNEMPLOYED"],
                     "longTermGoal":"A steady part-time job in retail","version":3}""".formatted(plan, opened);
        }
        if (path.startsWith(base + "/participants")) {
            return page("""
                    {"id":"%s","displayName":"Lene Kristensen","username":"mentor-aarhus","role":"LAB_MENTOR","legalBasis":"LAB_167",
                     "mentorId":"%s","startedOn":"%s"},
                    {"id":"%s","displayName":"Lene Kristensen","username":"mentor-aarhus","role":"SUPPORT_CONTACT_PERSON_SEL85",
                     "legalBasis":"SEL_85","startedOn":"%s"},
                    {"id":"%s","displayName":"Anders Caseworker","username":"caseworker-aarhus","role":"CASEWORKER",
                     "legalBasis":"LAB_40_3","startedOn":"%s"}""".formatted(lab, UUID.randomUUID(), opened, sel85, opened.plusDays(7),
                    UUID.randomUUID(), opened), 3);
        }
        if (path.startsWith(base + "/meetings")) {
            return page(IntStream.range(0, meetings).mapToObj(i -> """
                    {"meetingId":"%s","version":1,"current":true,"participantId":"%s","date":"%s","durationMinutes":90,
                     "mode":"IN_PERSON","place":"CITIZEN_HOME","attendance":"HELD","author":"mentor-aarhus",
                     "minutes":[{"legalBasis":"LAB_167","minutes":60},{"legalBasis":"SEL_85","minutes":30}],
                     "noteWithheld":false,"loggedAt":"2026-06-01T10:00:00Z"}""".formatted(UUID.randomUUID(), lab, opened.plusDays(2L + i * 3L)))
                    .collect(Collectors.joining(",")), meetings);
        }
        if (path.startsWith(base + "/progressions")) {
            return page(IntStream.range(0, 10).mapToObj(i -> """
                    {"ratedOn":"%s","labourMarketScore":%d,"dimensions":{"MOTIVATION":%d,"NETWORK":%d,"HEALTH":5}}"""
                    .formatted(opened.plusDays(30L * i), 2 + i % 8, 3 + i % 7, 2 + i % 6)).collect(Collectors.joining(",")), 10);
        }
        if (path.startsWith(base + "/goals")) {
            return page(IntStream.range(0, 5).mapToObj(i -> """
                    {"id":"%s","description":"Sub-goal %d","status":"ACTIVE","targetDate":"%s","createdAt":"2026-02-0%dT09:00:00Z"}"""
                    .formatted(UUID.randomUUID(), i, opened.plusMonths(3 + i), i + 1)).collect(Collectors.joining(",")), 5);
        }
        if (path.startsWith(base + "/consents")) {
            return page("""
                    {"id":"%s","purpose":"SHARE_ACROSS_LINES","basis":"CONSENT","givenOn":"%s","recordedBy":"caseworker-aarhus"}"""
                    .formatted(UUID.randomUUID(), opened.plusDays(6)), 1);
        }
        if (path.startsWith(base + "/incidents")) {
            return page("""
                    {"id":"%s","summary":"The citizen called in crisis","level":2,"occurredAt":"2026-04-02T20:15:00Z"}"""
                    .formatted(UUID.randomUUID()), 1);
        }
        if (path.startsWith("/api/v1/hand-overs")) {
            return page("""
                    {"id":"%s","planId":"%s","fromMunicipality":"0751","toMunicipality":"0101","status":"OFFERED",
                     "offeredAt":"2026-05-04T08:00:00Z"},
                    {"id":"%s","planId":"%s","fromMunicipality":"0751","toMunicipality":"0746","status":"OFFERED",
                     "offeredAt":"2026-05-05T08:00:00Z"}""".formatted(UUID.randomUUID(), plan, UUID.randomUUID(), UUID.randomUUID()), 2);
        }
        return null;
    }

    /** The stand-in followup-service of this plan: 200 with the JSON, 404 for anything else. */
    public StandInServices.Handler handler() {
        return request -> {
            String json = json(request.pathAndQuery());
            return json == null ? new StandInServices.Answer(404, "{\"status\":404}") : new StandInServices.Answer(200, json);
        };
    }

    private static String page(String items, int total) {
        return "{\"items\":[" + items + "],\"page\":0,\"size\":200,\"totalItems\":" + total + "}";
    }
}
