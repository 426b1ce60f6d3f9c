package dk.mentor.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import dk.mentor.demo.MentorSpec;
import dk.mentor.demo.Reply;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A case system reports a month of meetings for several plans in one import through the real suite:
 * a dry run first, then the import, then the same import again (a retry with its Idempotency-Key),
 * then the month once more as a new request (a re-sent file). Refusion prices every meeting exactly
 * once: one meeting line and one transport line each, nothing reversed, nothing twice.
 */
class BulkMeetingImportTest extends SuiteTest {

    private static final String SKANDERBORG = "0746";
    private static final String CASEWORKER = "caseworker-skanderborg";
    private static final String FINANCE = "finance-skanderborg";
    private static final int PLANS = 3;
    private static final int MEETINGS_PER_PLAN = 8;
    /** 300 kr an hour is 5 kr a minute; 20 minutes' transport is paid too. */
    private static final BigDecimal PER_MINUTE = new BigDecimal("5");
    private static final BigDecimal TRANSPORT = new BigDecimal("100.00");

    @Test
    void shouldPriceEveryImportedMeetingOnceAlsoWhenTheImportIsSentTwice() {
        Steps steps = new Steps(suite);
        LocalDate month = LocalDate.now().minusMonths(1).withDayOfMonth(1);
        steps.economy.trialRefundRule("admin-skanderborg", SKANDERBORG, "400000");
        List<Steps.Matched> plans = new ArrayList<>();
        for (int p = 0; p < PLANS; p++) {
            plans.add(steps.mentorOnNewPlan(SKANDERBORG, MentorSpec.of("Import Mentor " + p + " " + UUID.randomUUID().toString()
                    .substring(0, 6), "PAID_SOCIAL_MENTOR", SKANDERBORG, List.of("LAB_167")).paid("300"),
                    month.minusMonths(1), List.of("LONG_TERM_UNEMPLOYED")));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Steps.Matched m : plans) {
            for (int i = 0; i < MEETINGS_PER_PLAN; i++) {
                int minutes = 30 + (i % 4) * 15;
                Map<String, Object> row = meeting(m, month.plusDays(i * 3L), minutes);
                if (i % 2 == 0) { // half carry the case system's reference, half are told by day and start
                    row.put("externalReference", Map.of("system", "Momentum", "id", m.planId() + "-" + i));
                } else {
                    row.put("startTime", "10:00");
                }
                rows.add(row);
            }
        }
        Map<String, Object> body = Map.of("meetings", rows);

        JsonNode dryRun = importMeetings(body, true, UUID.randomUUID().toString()).body();
        assertThat(dryRun.path("logged").asInt(), equalTo(PLANS * MEETINGS_PER_PLAN));
        plans.forEach(m -> assertThat("a dry run logs nothing", meetingsOf(steps, m), equalTo(0)));

        String key = UUID.randomUUID().toString();
        JsonNode first = importMeetings(body, false, key).body();
        assertThat(first.path("logged").asInt(), equalTo(PLANS * MEETINGS_PER_PLAN));
        Reply retried = importMeetings(body, false, key);
        assertThat(retried.headers().firstValue("Idempotent-Replayed").orElse("false"), equalTo("true"));
        JsonNode resent = importMeetings(body, false, UUID.randomUUID().toString()).body();
        assertThat("a re-sent month logs nothing", resent.path("logged").asInt(), equalTo(0));
        assertThat(resent.path("duplicates").asInt(), equalTo(PLANS * MEETINGS_PER_PLAN));
        assertThat("the duplicates name the meetings of the first import", ids(resent), equalTo(ids(first)));

        // One meeting more per plan, after the repeats: a plan's events are priced in order, so once it is
        // in the ledger, anything the repeats could have caused would be there too.
        List<Map<String, Object>> markers = plans.stream().map(m -> meeting(m, month.plusDays(27), 45)).toList();
        JsonNode marked = importMeetings(Map.of("meetings", markers), false, UUID.randomUUID().toString()).body();
        Map<String, Integer> minutesByMeeting = new LinkedHashMap<>();
        List<String> firstIds = ids(first);
        for (int r = 0; r < firstIds.size(); r++) {
            minutesByMeeting.put(firstIds.get(r), (Integer) rows.get(r).get("durationMinutes"));
        }
        ids(marked).forEach(id -> minutesByMeeting.put(id, 45));

        for (Steps.Matched m : plans) {
            assertThat(meetingsOf(steps, m), equalTo(MEETINGS_PER_PLAN + 1));
            String marker = marked.path("results").get(plans.indexOf(m)).path("meetingId").asText();
            List<JsonNode> lines = steps.economy.awaitLines(FINANCE, SKANDERBORG, m.planId(), "the marker meeting priced",
                    all -> all.stream().anyMatch(l -> l.path("meetingId").asText().equals(marker)));
            assertThat("nothing reversed: no meeting was priced twice", lines.stream().filter(l -> l.path("reversed").asBoolean()
                    || !l.path("reverses").isMissingNode() && !l.path("reverses").isNull()).count(), equalTo(0L));
            Map<String, List<JsonNode>> byMeeting = lines.stream().collect(Collectors.groupingBy(l -> l.path("meetingId").asText()));
            assertThat("every meeting of the plan is priced", byMeeting.keySet(), hasSize(MEETINGS_PER_PLAN + 1));
            byMeeting.forEach((meeting, own) -> {
                assertThat("meeting " + meeting + ": one meeting line and one transport line", own, hasSize(2));
                BigDecimal price = PER_MINUTE.multiply(BigDecimal.valueOf(minutesByMeeting.get(meeting))).add(TRANSPORT);
                assertThat(own.stream().map(l -> l.path("amount").decimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add),
                        closeTo(price, BigDecimal.ZERO));
            });
        }
        Figures.record("meeting import: plans / meetings per plan / ledger lines per meeting",
                PLANS + " / " + (MEETINGS_PER_PLAN + 1) + " / 2");
    }

    private static Map<String, Object> meeting(Steps.Matched m, LocalDate day, int minutes) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("planId", m.planId().toString());
        row.put("participantId", m.participantId().toString());
        row.put("date", day.toString());
        row.put("durationMinutes", minutes);
        row.put("mode", "IN_PERSON");
        row.put("place", "CITIZEN_HOME");
        row.put("attendance", "HELD");
        row.put("transportMinutes", 20);
        row.put("minutes", List.of(Map.of("legalBasis", "LAB_167", "minutes", minutes)));
        return row;
    }

    private static Reply importMeetings(Object body, boolean dryRun, String key) {
        return suite.api().send("POST", suite.api().endpoints().followup() + "/api/v1/meeting-imports?dryRun=" + dryRun,
                CASEWORKER, body, Map.of("Idempotency-Key", key), 200);
    }

    private static int meetingsOf(Steps steps, Steps.Matched m) {
        return steps.plans.meetings(CASEWORKER, m.planId()).path("totalItems").asInt();
    }

    private static List<String> ids(JsonNode report) {
        List<String> ids = new ArrayList<>();
        report.path("results").forEach(r -> ids.add(r.path("meetingId").asText()));
        return ids;
    }
}
