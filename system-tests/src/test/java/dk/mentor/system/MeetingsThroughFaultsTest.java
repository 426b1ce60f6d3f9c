package dk.mentor.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Meetings keep being logged while the broker dies (SIGKILL) and comes back, and while the consuming
 * refusion-service dies (SIGKILL) and comes back. Afterwards every meeting is in the ledger exactly
 * once, with the price its minutes give, and the claim totals are exact to the øre.
 */
class MeetingsThroughFaultsTest extends SuiteTest {

    private static final String KOBENHAVN = "0101";
    private static final String MENTOR_LOGIN = "mentor2-kobenhavn";
    private static final int MEETINGS = 60;
    private static final int BROKER_KILLED_AT = 15;
    private static final int BROKER_BACK_AT = 30;
    private static final int REFUSION_KILLED_AT = 40;
    private static final int REFUSION_BACK_AT = 50;
    /** 300 kr an hour is 5 kr a minute; 20 minutes' transport is paid too. */
    private static final BigDecimal PER_MINUTE = new BigDecimal("5");
    private static final BigDecimal TRANSPORT = new BigDecimal("100.00");

    @Test
    void shouldPriceEveryMeetingExactlyOnceThroughBrokerAndConsumerCrashes() {
        Steps steps = new Steps(suite);
        LocalDate today = LocalDate.now();
        // about 60 hours, at most 10 a week (the grant's order): 9 weeks of the quarter must have passed
        LocalDate quarter = Steps.claimQuarter(today, 9);
        steps.economy.trialRefundRule("admin-kobenhavn", KOBENHAVN, "400000");
        Steps.Matched m = steps.mentorOnNewPlan(KOBENHAVN, MentorSpec.of("Steady Mentor", "PAID_SOCIAL_MENTOR", KOBENHAVN,
                List.of("LAB_167")).paid("300").account(MENTOR_LOGIN), quarter, List.of("LONG_TERM_UNEMPLOYED"), 10);

        Map<String, Integer> minutesByMeeting = new LinkedHashMap<>();
        long span = ChronoUnit.DAYS.between(quarter, Steps.lastMeetingDay(quarter, today));
        try {
            for (int i = 0; i < MEETINGS; i++) {
                fault(i);
                int minutes = 30 + (i % 7) * 10;
                UUID meeting = steps.plans.logMeeting(MENTOR_LOGIN, m.planId(),
                        MeetingLog.held(m.participantId(), quarter.plusDays(span * i / MEETINGS), minutes, "LAB_167"), "fault-" + i);
                minutesByMeeting.put(meeting.toString(), minutes);
            }
        } finally {
            suite.heal();
        }

        Instant settling = Instant.now();
        List<JsonNode> lines = steps.economy.awaitLines("finance-kobenhavn", KOBENHAVN, m.planId(), "all " + MEETINGS + " meetings priced",
                all -> all.stream().map(l -> l.path("meetingId").asText()).distinct().count() == MEETINGS);
        Figures.record("fault test: all meetings in the ledger after the last restart", Duration.between(settling, Instant.now()).toMillis() + " ms");

        assertThat("nothing reversed: no meeting was priced twice", lines.stream()
                .filter(l -> l.path("reversed").asBoolean() || !l.path("reverses").isMissingNode() && !l.path("reverses").isNull()).count(), equalTo(0L));
        Map<String, List<JsonNode>> byMeeting = lines.stream().collect(Collectors.groupingBy(l -> l.path("meetingId").asText()));
        BigDecimal expected = BigDecimal.ZERO;
        for (Map.Entry<String, Integer> meeting : minutesByMeeting.entrySet()) {
            List<JsonNode> own = byMeeting.get(meeting.getKey());
            assertThat("meeting " + meeting.getKey() + ": one meeting line and one transport line", own, hasSize(2));
            BigDecimal price = PER_MINUTE.multiply(BigDecimal.valueOf(meeting.getValue())).add(TRANSPORT);
            assertThat(own.stream().map(l -> l.path("amount").decimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add), closeTo(price, BigDecimal.ZERO));
            expected = expected.add(price);
        }

        JsonNode claim = steps.economy.draftClaim("finance-kobenhavn", KOBENHAVN, EconomySteps.TRIAL_REGIME, quarter,
                quarter.plusMonths(3).minusDays(1), "fault");
        assertThat(claim.path("totalExpense").decimalValue(), closeTo(expected, BigDecimal.ZERO));
        assertThat(claim.path("totalRefund").decimalValue(), closeTo(expected.divide(BigDecimal.valueOf(2)), BigDecimal.ZERO));
        Figures.record("fault test: meetings / ledger lines / claim expense / refund", "%d / %d / %s / %s kr".formatted(
                MEETINGS, lines.size(), claim.path("totalExpense").asText(), claim.path("totalRefund").asText()));
        topicFigures(m.planId());
    }

    /** The broker dies and returns, then the consumer does: each while meetings are being logged. */
    private static void fault(int meeting) {
        switch (meeting) {
            case BROKER_KILLED_AT -> suite.killBroker();
            case BROKER_BACK_AT -> suite.startBroker();
            case REFUSION_KILLED_AT -> suite.refusion().kill();
            case REFUSION_BACK_AT -> {
                suite.refusion().start();
                Figures.record("fault test: refusion-service restart after SIGKILL (to ready)", suite.refusion().lastStartup().toMillis() + " ms");
            }
            default -> {
            }
        }
    }

    /** Copies on the topic (a resend after the crash) are fine: the consumer applies each event id once. */
    private static void topicFigures(UUID planId) {
        List<String> ids = TopicReader.readAll(suite.kafka().bootstrapServers(), "followup.plan.v1").stream()
                .filter(r -> planId.toString().equals(r.key()) && TopicReader.header(r, "ce_type").endsWith("MeetingLogged.v1"))
                .map(r -> TopicReader.header(r, "ce_id")).toList();
        assertThat("every meeting's event reached the topic", ids.stream().distinct().count(), equalTo((long) MEETINGS));
        Figures.record("fault test: MeetingLogged records on the topic (distinct event ids)", ids.size() + " (" + ids.stream().distinct().count() + ")");
    }
}
