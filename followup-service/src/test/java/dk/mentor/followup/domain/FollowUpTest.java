package dk.mentor.followup.domain;

import static dk.mentor.followup.domain.Fixtures.CASEWORKER;
import static dk.mentor.followup.domain.Fixtures.NOW;
import static dk.mentor.followup.domain.Fixtures.fields;
import static dk.mentor.followup.domain.Fixtures.labMentor;
import static dk.mentor.followup.domain.Fixtures.messages;
import static dk.mentor.followup.domain.Fixtures.plan;
import static dk.mentor.followup.domain.Fixtures.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** A follow-up that was done: a mentorship's follow-up, the midway evaluation, or the 3-monthly registration. */
class FollowUpTest {

    private static final LocalDate DONE = LocalDate.of(2026, 11, 20);

    private final Plan plan = plan();
    private final Participant mentor = labMentor(plan, "hanne", LocalDate.of(2026, 6, 1));

    @ParameterizedTest
    @EnumSource(value = FollowUp.Kind.class, names = "QUARTERLY_REGISTRATION", mode = EnumSource.Mode.EXCLUDE)
    void shouldRefuseAFollowUpAboutAMentorshipWithoutTheMentor(FollowUp.Kind kind) {
        PlanRuleException refusal = refused(() -> FollowUp.record(plan.id(), null, kind, DONE, Map.of(), null, CASEWORKER,
                NOW));

        assertEquals("A " + kind + " is about one mentor's participation", refusal.getMessage());
        assertEquals(List.of("participantId"), fields(refusal));
        assertEquals(List.of("is required for " + kind), messages(refusal));
    }

    @Test
    void shouldRecordTheQuarterlyRegistrationForThePlanAsAWhole() {
        FollowUp f = FollowUp.record(plan.id(), null, FollowUp.Kind.QUARTERLY_REGISTRATION, DONE, Map.of(), "Fine",
                CASEWORKER, NOW);

        assertNull(f.participantId());
        assertEquals(DONE, f.doneOn());
        assertEquals("Fine", f.summary());
    }

    @Test
    void shouldRecordAMentorshipFollowUpWithItsChecklistAnswers() {
        Map<String, String> answers = new HashMap<>(Map.of("matchStatus", "good"));

        FollowUp f = FollowUp.record(plan.id(), mentor, FollowUp.Kind.MENTORSHIP_3_MONTHS, DONE, answers, null,
                CASEWORKER, NOW);
        answers.put("matchStatus", "poor");

        assertEquals(mentor.id(), f.participantId());
        assertEquals(FollowUp.Kind.MENTORSHIP_3_MONTHS, f.kind());
        assertEquals(Map.of("matchStatus", "good"), f.answers());
        assertEquals(plan.id(), f.planId());
        assertEquals(CASEWORKER, f.recordedBy());
        assertEquals(NOW, f.recordedAt());
    }

    @ParameterizedTest
    @CsvSource({"MENTORSHIP_1_MONTH, 1, true", "MENTORSHIP_3_MONTHS, 3, true", "MENTORSHIP_6_MONTHS, 6, true",
        "QUARTERLY_REGISTRATION, 3, false", "MIDWAY_EVALUATION, 0, true"})
    void shouldKnowEachKindsMonthsAndWhetherItIsAboutAMentorship(FollowUp.Kind kind, int months, boolean mentorship) {
        assertEquals(months, kind.months());
        assertEquals(mentorship, kind.aboutMentorship());
    }
}
