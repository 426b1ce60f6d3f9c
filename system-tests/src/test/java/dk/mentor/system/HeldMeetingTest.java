package dk.mentor.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import dk.mentor.demo.MeetingLog;
import dk.mentor.demo.MentorSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A meeting under the employment act logged before the caseworker has written the mentor agreement (STAR's
 * focus audit finding): followup records it with the hold AGREEMENT_MISSING, and refusion prices it as a held
 * line that no claim takes. Once the agreement is written, a correction of the meeting makes it claimable.
 */
class HeldMeetingTest extends SuiteTest {

    private static final String SKANDERBORG = "0746";
    private static final String CASEWORKER = "caseworker-skanderborg";
    private static final String FINANCE = "finance-skanderborg";
    private static final String LAB = "LAB_167";

    @Test
    void shouldHoldALabMeetingWithoutAWrittenAgreementOutOfClaimsUntilItIsDocumented() {
        Steps steps = new Steps(suite);
        LocalDate opened = LocalDate.now().minusWeeks(2);
        steps.economy.trialRefundRule("admin-skanderborg", SKANDERBORG, "400000");
        MentorSpec spec = MentorSpec.of("Undocumented Mentor " + UUID.randomUUID().toString().substring(0, 6),
                "PAID_SOCIAL_MENTOR", SKANDERBORG, List.of(LAB)).paid("300");
        Steps.Matched m = steps.withoutAgreement(SKANDERBORG, spec, opened, List.of("LONG_TERM_UNEMPLOYED"), 3);
        MeetingLog held = MeetingLog.held(m.participantId(), opened.plusDays(7), 60, LAB);
        UUID meeting = steps.plans.logMeeting(CASEWORKER, m.planId(), held, "held-" + m.planId());

        assertThat(holdsOf(steps, m.planId()), contains("AGREEMENT_MISSING"));
        List<JsonNode> lines = steps.economy.awaitLines(FINANCE, SKANDERBORG, m.planId(), "the held meeting priced",
                all -> all.stream().anyMatch(l -> meeting.toString().equals(l.path("meetingId").asText())));
        assertThat("the meeting's lines are held", lines.stream().map(l -> l.path("held").asBoolean()).toList(), everyItem(equalTo(true)));
        assertThat(lines.get(0).path("holds").get(0).asText(), equalTo("AGREEMENT_MISSING"));

        steps.plans.mentorAgreement(CASEWORKER, m.planId(), m.participantId(), spec.displayName(), "A job within the year",
                opened, opened.plusMonths(6).minusDays(1), 3, "agreement-" + m.planId());
        steps.plans.correctMeeting(CASEWORKER, m.planId(), meeting, held, "The mentor agreement is written now");
        assertThat(holdsOf(steps, m.planId()), empty());
        List<JsonNode> after = steps.economy.awaitLines(FINANCE, SKANDERBORG, m.planId(), "the documented meeting claimable",
                all -> all.stream().anyMatch(l -> !l.path("held").asBoolean() && !l.path("reversed").asBoolean()));
        List<JsonNode> claimable = after.stream().filter(l -> !l.path("held").asBoolean() && !l.path("reversed").asBoolean()
                && (l.path("reverses").isMissingNode() || l.path("reverses").isNull())).toList();
        assertThat("the corrected meeting's line and its transport line, claimable", claimable, hasSize(2));
    }

    /** The claim holds of the plan's current meeting versions, in order. */
    private static List<String> holdsOf(Steps steps, UUID planId) {
        List<String> holds = new ArrayList<>();
        for (JsonNode meeting : steps.plans.meetings(CASEWORKER, planId).path("items")) {
            if (meeting.path("current").asBoolean()) {
                meeting.path("claimHolds").forEach(h -> holds.add(h.asText()));
            }
        }
        return holds;
    }
}
