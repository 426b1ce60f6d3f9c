package dk.mentor.followup.domain;

import static dk.mentor.followup.domain.Fixtures.CASEWORKER;
import static dk.mentor.followup.domain.Fixtures.NOW;
import static dk.mentor.followup.domain.Fixtures.OPENED;
import static dk.mentor.followup.domain.Fixtures.labMentor;
import static dk.mentor.followup.domain.Fixtures.volunteer;
import static dk.mentor.followup.domain.Fixtures.ofKind;
import static dk.mentor.followup.domain.Fixtures.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A volunteer mentorship's 1, 3 and 6-month follow-ups and an employment plan's 3-monthly registration;
 * neither is asked of a paid grant or a social-line plan.
 */
class FollowUpDueAlertTest {

    private static final LocalDate START = LocalDate.of(2026, 7, 1);
    /** The plan opened 2026-01-05, so the first registration is due three months later. */
    private static final LocalDate FIRST_QUARTER = LocalDate.of(2026, 4, 5);

    private final AlertSchedule schedule = new AlertSchedule(30);
    private final Plan plan = plan();
    private final Participant hanne = volunteer(plan, "hanne", START);

    @Test
    void shouldNotAskForTheOneMonthFollowUpTheDayBeforeItIsDue() {
        assertTrue(mentorship(List.of(), LocalDate.of(2026, 7, 31)).isEmpty());
    }

    @Test
    void shouldAskForTheOneMonthFollowUpAMonthAfterTheMentorStarted() {
        List<Alert> alerts = mentorship(List.of(), LocalDate.of(2026, 8, 1));

        assertEquals(1, alerts.size());
        assertEquals(LocalDate.of(2026, 8, 1), alerts.get(0).dueOn());
        assertEquals(hanne.id(), alerts.get(0).participantId());
        assertEquals("1-month follow-up of hanne", alerts.get(0).detail());
    }

    @Test
    void shouldAskForAllThreeFollowUpsOnceSixMonthsHavePassed() {
        assertEquals(List.of("1-month follow-up of hanne", "3-month follow-up of hanne", "6-month follow-up of hanne"),
                mentorship(List.of(), LocalDate.of(2027, 1, 1)).stream().map(Alert::detail).toList());
    }

    @Test
    void shouldStopAskingForEachFollowUpOnceRecorded() {
        FollowUp sixMonths = FollowUp.record(plan.id(), hanne, FollowUp.Kind.MENTORSHIP_6_MONTHS, LocalDate.of(2027, 1, 2),
                Map.of(), null, CASEWORKER, NOW);

        assertEquals(List.of(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 10, 1)),
                mentorship(List.of(sixMonths), LocalDate.of(2027, 1, 3)).stream().map(Alert::dueOn).toList());
    }

    @Test
    void shouldNotCountAFollowUpOfAnotherMentor() {
        Participant kim = volunteer(plan, "kim", START);
        FollowUp theirs = FollowUp.record(plan.id(), kim, FollowUp.Kind.MENTORSHIP_1_MONTH, LocalDate.of(2026, 8, 1),
                Map.of(), null, CASEWORKER, NOW);

        assertEquals(1, mentorship(List.of(theirs), LocalDate.of(2026, 8, 2)).size());
    }

    @Test
    void shouldNotAskForARegistrationBeforeTheFirstQuarterEnds() {
        assertTrue(quarterly(List.of(), FIRST_QUARTER.minusDays(1)).isEmpty());
    }

    @Test
    void shouldAskForTheRegistrationOnTheDayTheQuarterEnds() {
        List<Alert> alerts = quarterly(List.of(), FIRST_QUARTER);

        assertEquals(1, alerts.size());
        assertEquals(FIRST_QUARTER, alerts.get(0).dueOn());
        assertNull(alerts.get(0).participantId());
        assertEquals("3-monthly registration due on 2026-04-05", alerts.get(0).detail());
    }

    @Test
    void shouldCountARegistrationDoneFourteenDaysEarly() {
        assertTrue(quarterly(List.of(registration(FIRST_QUARTER.minusDays(14))), FIRST_QUARTER).isEmpty());
    }

    @Test
    void shouldNotCountARegistrationDoneFifteenDaysEarly() {
        assertEquals(1, quarterly(List.of(registration(FIRST_QUARTER.minusDays(15))), FIRST_QUARTER).size());
    }

    @Test
    void shouldAskForTheLatestQuarterEvenWhenAnEarlierOneWasRegistered() {
        List<Alert> alerts = quarterly(List.of(registration(FIRST_QUARTER)), LocalDate.of(2026, 7, 10));

        assertEquals(List.of(LocalDate.of(2026, 7, 5)), alerts.stream().map(Alert::dueOn).toList());
    }

    @Test
    void shouldListAlertsByDueDayThenByKind() {
        Participant fromTheStart = volunteer(plan, "ole", OPENED);

        List<Alert> alerts = schedule.alerts(plan, List.of(fromTheStart), List.of(), List.of(), List.of(), FIRST_QUARTER);

        assertEquals(List.of(Alert.Kind.MEETING_OVERDUE, Alert.Kind.MENTORSHIP_FOLLOW_UP_DUE,
                Alert.Kind.MENTORSHIP_FOLLOW_UP_DUE, Alert.Kind.QUARTERLY_REGISTRATION_DUE),
                alerts.stream().map(Alert::kind).toList());
        assertEquals(List.of(OPENED.plusDays(Roles.FORTNIGHTLY), LocalDate.of(2026, 2, 5), FIRST_QUARTER, FIRST_QUARTER),
                alerts.stream().map(Alert::dueOn).toList());
    }

    private FollowUp registration(LocalDate doneOn) {
        return FollowUp.record(plan.id(), null, FollowUp.Kind.QUARTERLY_REGISTRATION, doneOn, Map.of(), null, CASEWORKER,
                NOW);
    }

    private List<Alert> mentorship(Collection<FollowUp> followUps, LocalDate today) {
        return ofKind(schedule.alerts(plan, List.of(hanne), List.of(), List.of(), followUps, today),
                Alert.Kind.MENTORSHIP_FOLLOW_UP_DUE);
    }

    private List<Alert> quarterly(Collection<FollowUp> followUps, LocalDate today) {
        return ofKind(schedule.alerts(plan, List.of(), List.of(), List.of(), followUps, today),
                Alert.Kind.QUARTERLY_REGISTRATION_DUE);
    }

    @Test
    void shouldNotAskAPaidMentorsGrantForTheVolunteerFollowUps() {
        Participant paid = labMentor(plan, "paid", START);

        assertTrue(schedule.alerts(plan, List.of(paid), List.of(), List.of(), List.of(), LocalDate.of(2027, 2, 1))
                .stream().noneMatch(a -> a.kind() == Alert.Kind.MENTORSHIP_FOLLOW_UP_DUE));
    }

    @Test
    void shouldNotAskASocialLinePlanForTheEmploymentProjectsRegistration() {
        Plan social = Plan.open(java.util.UUID.randomUUID(), "0751", "sw", dk.mentor.contracts.codes.LegalLine.SOCIAL,
                "A home", List.of(), List.of(), Fixtures.OPENED, Fixtures.NOW);

        assertTrue(schedule.alerts(social, List.of(), List.of(), List.of(), List.of(), LocalDate.of(2026, 11, 23))
                .stream().noneMatch(a -> a.kind() == Alert.Kind.QUARTERLY_REGISTRATION_DUE));
    }
}
