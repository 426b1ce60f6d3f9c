package dk.mentor.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;

import com.fasterxml.jackson.databind.JsonNode;
import dk.mentor.demo.EconomySteps;
import dk.mentor.demo.MeetingLog;
import dk.mentor.demo.MentorSpec;
import dk.mentor.testing.kafka.TopicReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * One citizen's way through all four services, each step by the user whose job it is, with their
 * Keycloak token: a Skanderborg coordinator registers a paid mentor shared with Aarhus, an Aarhus
 * caseworker opens the plan and refers, matching proposes, the three-party meeting says yes, the
 * mentor logs meetings and a rating, the plan closes with an outcome, and finance sees the claim, the
 * inter-municipal statement and the cost per citizen. The numbers must agree across the services and
 * every event must have arrived where it should.
 */
class CitizenJourneyTest extends SuiteTest {

    private static final String AARHUS = "0751";
    private static final String SKANDERBORG = "0746";
    private static final String MENTOR_LOGIN = "mentor2-skanderborg";
    private static final int MEETINGS = 30;
    private static final double HOURS_A_WEEK = 10;
    /** 60 minutes at 300 kr plus 20 minutes' paid transport: 400 kr a meeting, half of it refunded. */
    private static final BigDecimal PER_MEETING = new BigDecimal("400.00");

    @Test
    void shouldCarryOneCitizenFromReferralToClaimAcrossAllFourServices() {
        Steps steps = new Steps(suite);
        LocalDate today = LocalDate.now();
        // 30 hours at most 10 a week (the grant's order): 4 weeks of the quarter must have passed
        LocalDate quarter = Steps.claimQuarter(today, 4);
        steps.economy.trialRefundRule("admin-aarhus", AARHUS, "400000");
        Steps.Matched m = steps.mentorOnNewPlan(AARHUS, MentorSpec.of("Journey Mentor", "PAID_SOCIAL_MENTOR", SKANDERBORG,
                List.of("LAB_167")).paid("300").account(MENTOR_LOGIN).sharedWith(AARHUS), quarter, List.of("LONG_TERM_UNEMPLOYED"),
                HOURS_A_WEEK);

        List<Long> toLedger = new ArrayList<>();
        Set<String> meetingIds = new HashSet<>();
        long span = ChronoUnit.DAYS.between(quarter, Steps.lastMeetingDay(quarter, today));
        for (int i = 0; i < MEETINGS; i++) {
            LocalDate day = quarter.plusDays(span * i / MEETINGS);
            Instant posted = Instant.now();
            UUID meeting = steps.plans.logMeeting(MENTOR_LOGIN, m.planId(), MeetingLog.held(m.participantId(), day, 60, "LAB_167"),
                    "journey-" + i);
            meetingIds.add(meeting.toString());
            steps.economy.awaitLines("finance-aarhus", AARHUS, m.planId(), "meeting " + meeting + " in the ledger",
                    lines -> lines.stream().anyMatch(l -> meeting.toString().equals(l.path("meetingId").asText())));
            toLedger.add(Duration.between(posted, Instant.now()).toMillis());
        }
        Figures.record("journey: meeting logged -> its ledger line (50 ms polls)", Figures.p50p99(toLedger));
        steps.plans.rate(MENTOR_LOGIN, m.planId(), today, 6, Map.of("MOTIVATION", 7, "NETWORK", 5), "Apply for two jobs", "journey");
        steps.plans.close("caseworker-aarhus", m.planId(), "JOB", today, MEETINGS + " meetings with a paid mentor from Skanderborg");

        JsonNode report = steps.plans.progressReport("caseworker-aarhus", m.planId());
        assertThat(report.path("minutesByLegalBasis").path("LAB_167").asInt(), equalTo(60 * MEETINGS));
        assertThat(report.path("attendance").path("HELD").asInt(), equalTo(MEETINGS));

        List<JsonNode> lines = steps.economy.lines("finance-aarhus", AARHUS, m.planId());
        assertThat("a meeting line and a transport line per meeting", lines, hasSize(2 * MEETINGS));
        BigDecimal expense = PER_MEETING.multiply(BigDecimal.valueOf(MEETINGS));
        assertThat(sum(lines, "amount"), equalTo(expense));
        lines.forEach(l -> assertThat(l.path("providerMunicipality").asText(), equalTo(SKANDERBORG)));
        lines.forEach(l -> assertThat(l.path("regime").asText(), equalTo(EconomySteps.TRIAL_REGIME)));

        JsonNode claim = steps.economy.draftClaim("finance-aarhus", AARHUS, EconomySteps.TRIAL_REGIME, quarter,
                quarter.plusMonths(3).minusDays(1), "journey");
        assertThat(claim.path("totalExpense").decimalValue(), closeTo(expense, BigDecimal.ZERO));
        assertThat(claim.path("totalRefund").decimalValue(), closeTo(expense.divide(BigDecimal.valueOf(2)), BigDecimal.ZERO));
        UUID claimId = UUID.fromString(claim.path("id").asText());
        assertThat(steps.economy.claimLines("finance-aarhus", claimId).path("totalItems").asInt(), equalTo(2 * MEETINGS));
        steps.economy.moveClaim("finance-aarhus", claimId, "SUBMITTED", "Sent to the state");

        JsonNode statement = steps.economy.settlement("finance-aarhus", AARHUS, quarter, quarter.plusMonths(3).minusDays(1));
        JsonNode skanderborg = only(statement.path("counterparties"), SKANDERBORG);
        assertThat("Aarhus owes Skanderborg its mentor's wage", skanderborg.path("owedByUs").decimalValue(), closeTo(expense, BigDecimal.ZERO));
        JsonNode mirrored = only(steps.economy.settlement("finance-skanderborg", SKANDERBORG, quarter,
                quarter.plusMonths(3).minusDays(1)).path("counterparties"), AARHUS);
        assertThat("and Skanderborg's statement says the same", mirrored.path("owedToUs").decimalValue(), closeTo(expense, BigDecimal.ZERO));

        JsonNode cost = steps.economy.costAndEffect("finance-aarhus", AARHUS, quarter, today);
        assertThat(cost.path("total").path("plansClosed").asInt(), equalTo(1));
        assertThat(cost.path("total").path("outcomes").get(0).path("outcome").asText(), equalTo("JOB"));
        Figures.record("journey: cost and effect for Aarhus this quarter", cost.path("total").toString());

        eventsArrived(m, meetingIds, lines, claimId);
    }

    /** What each service published about the journey, and the proof each consumer applied it. */
    private void eventsArrived(Steps.Matched m, Set<String> meetingIds, List<JsonNode> lines, UUID claimId) {
        List<ConsumerRecord<String, String>> catalog = about("catalog.mentor.v1", m.mentorId());
        List<ConsumerRecord<String, String>> matching = about("matching.mentorship.v1", m.mentorshipId());
        List<ConsumerRecord<String, String>> plan = about("followup.plan.v1", m.planId());
        List<ConsumerRecord<String, String>> claims = about("refusion.claim.v1", claimId);
        List<String> meetingEvents = plan.stream().filter(r -> type(r).endsWith("MeetingLogged.v1")).map(r -> TopicReader.header(r, "ce_id")).toList();
        assertThat(meetingEvents, hasSize(MEETINGS));
        assertThat(plan.stream().map(CitizenJourneyTest::type).filter(t -> !t.endsWith("MeetingLogged.v1")).toList(),
                containsInAnyOrder("dk.mentor.followup.PlanOpened.v1", "dk.mentor.followup.ProgressionRecorded.v1",
                        "dk.mentor.followup.OutcomeRecorded.v1"));
        assertThat(matching.stream().map(CitizenJourneyTest::type).toList(), containsInAnyOrder("dk.mentor.matching.MentorshipStarted.v1"));
        // received: refusion priced each meeting (its lines name the event they came from), followup and the
        // catalogue applied the mentorship, matching the mentor's profile. The topics keep no order between
        // them: a MeetingLogged that reaches refusion before the mentorship's terms waits, and its lines are
        // posted when MentorshipStarted brings the terms, naming that event.
        Set<String> sources = new HashSet<>(meetingEvents);
        matching.forEach(r -> sources.add(TopicReader.header(r, "ce_id")));
        assertThat(lines.stream().map(l -> l.path("sourceEventId").asText()).distinct().toList(), everyItem(in(sources)));
        assertThat(lines.stream().map(l -> l.path("meetingId").asText()).distinct().toList(), containsInAnyOrder(meetingIds.toArray()));
        JsonNode mentor = suite.api().get(suite.catalog().baseUrl(), "/api/v1/mentors/" + m.mentorId(), "coordinator-skanderborg").body();
        assertThat("the catalogue counts the mentorship", mentor.path("activeMentorships").asInt(), equalTo(1));
        api.candidate("caseworker-aarhus", m.mentorId()).then().statusCode(200)
                .body("activeMentorships", org.hamcrest.Matchers.equalTo(1));
        Figures.record("journey: events sent (catalog / matching / plan / claim)", "%d / %d / %d / %d".formatted(
                catalog.size(), matching.size(), plan.size(), claims.size()));
        Figures.record("journey: MeetingLogged received by refusion (distinct ledger sources)",
                lines.stream().map(l -> l.path("sourceEventId").asText()).distinct().count() + " of " + meetingEvents.size());
    }

    private static List<ConsumerRecord<String, String>> about(String topic, UUID id) {
        return TopicReader.readAll(suite.kafka().bootstrapServers(), topic).stream()
                .filter(r -> id.toString().equals(r.key())).toList();
    }

    private static String type(ConsumerRecord<String, String> record) {
        return TopicReader.header(record, "ce_type");
    }

    private static JsonNode only(JsonNode counterparties, String municipality) {
        return StreamSupport.stream(counterparties.spliterator(), false)
                .filter(c -> municipality.equals(c.path("municipality").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no counterparty " + municipality + " in " + counterparties));
    }

    private static BigDecimal sum(List<JsonNode> lines, String field) {
        return lines.stream().map(l -> l.path(field).decimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }
}
