package dk.mentor.followup.domain;

import static dk.mentor.followup.domain.Fixtures.AARHUS;
import static dk.mentor.followup.domain.Fixtures.NOW;
import static dk.mentor.followup.domain.Fixtures.held;
import static dk.mentor.followup.domain.Fixtures.labMentor;
import static dk.mentor.followup.domain.Fixtures.meeting;
import static dk.mentor.followup.domain.Fixtures.ofKind;
import static dk.mentor.followup.domain.Fixtures.participant;
import static dk.mentor.followup.domain.Fixtures.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.contracts.codes.Attendance;
import dk.mentor.contracts.codes.ClosureOutcome;
import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.contracts.codes.ParticipantRole;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The meeting cadence: an alert the day after a mentor's cadence ran out without a held meeting. */
class MeetingOverdueAlertTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 2);

    private final AlertSchedule schedule = new AlertSchedule(30);
    private final Plan plan = plan();
    private final Participant hanne = labMentor(plan, "hanne", START);

    @Test
    void shouldNotAlertOnTheLastDayOfTheWeeklyCadence() {
        assertTrue(overdue(List.of(hanne), List.of(), START.plusDays(7)).isEmpty());
    }

    @Test
    void shouldAlertTheDayAfterTheWeeklyCadenceRanOut() {
        List<Alert> alerts = overdue(List.of(hanne), List.of(), START.plusDays(8));

        assertEquals(1, alerts.size());
        Alert alert = alerts.get(0);
        assertEquals(hanne.id(), alert.participantId());
        assertEquals(plan.id(), alert.planId());
        assertEquals(AARHUS, alert.municipality());
        assertNull(alert.agreementId());
        assertEquals(START.plusDays(7), alert.dueOn());
        assertEquals("No meeting held with hanne since 2026-11-02 (every 7 days)", alert.detail());
    }

    @Test
    void shouldGiveAVolunteerFourteenDays() {
        Participant volunteer = participant(plan, ParticipantRole.VOLUNTEER_MENTOR, Bases.LAB_MENTOR, "ole", START);

        assertTrue(overdue(List.of(volunteer), List.of(), START.plusDays(14)).isEmpty());
        assertEquals(List.of(START.plusDays(14)),
                overdue(List.of(volunteer), List.of(), START.plusDays(15)).stream().map(Alert::dueOn).toList());
    }

    @Test
    void shouldUseTheCadenceAgreedForTheParticipation() {
        Participant tenDays = Participant.join(plan.id(), "kim", "kim", null, ParticipantRole.LAB_MENTOR,
                Bases.LAB_MENTOR, 10, START, NOW);

        assertTrue(overdue(List.of(tenDays), List.of(), START.plusDays(10)).isEmpty());
        assertEquals(1, overdue(List.of(tenDays), List.of(), START.plusDays(11)).size());
    }

    @Test
    void shouldCountTheCadenceFromTheLastHeldMeeting() {
        List<Meeting> meetings = List.of(held(plan, hanne, START.plusDays(10)), held(plan, hanne, START.plusDays(3)));

        assertTrue(overdue(List.of(hanne), meetings, START.plusDays(17)).isEmpty());
        List<Alert> alerts = overdue(List.of(hanne), meetings, START.plusDays(18));
        assertEquals(START.plusDays(17), alerts.get(0).dueOn());
        assertEquals("No meeting held with hanne since 2026-11-12 (every 7 days)", alerts.get(0).detail());
    }

    @ParameterizedTest
    @EnumSource(value = Attendance.class, names = "HELD", mode = EnumSource.Mode.EXCLUDE)
    void shouldNotRestartTheCadenceOnAMeetingThatWasNotHeld(Attendance attendance) {
        List<Meeting> meetings = List.of(held(plan, hanne, START.plusDays(3)),
                meeting(plan, hanne, START.plusDays(9), attendance));

        assertEquals(List.of(START.plusDays(10)),
                overdue(List.of(hanne), meetings, START.plusDays(11)).stream().map(Alert::dueOn).toList());
    }

    @Test
    void shouldCountOnlyTheCurrentVersionOfACorrectedMeeting() {
        Meeting reported = held(plan, hanne, START.plusDays(6));
        Meeting corrected = reported.correct(hanne, "hanne", Fixtures.details(START.plusDays(1), 60, Attendance.HELD,
                Map.of()).checkedAgainst(Set.of(Bases.LAB_MENTOR)), List.of(), "Wrong day", NOW);

        assertEquals(List.of(START.plusDays(8)), overdue(List.of(hanne), List.of(reported, corrected), START.plusDays(9))
                .stream().map(Alert::dueOn).toList());
    }

    @Test
    void shouldRestartTheCadenceOfBothRolesOfADoubleMentorWhicheverRoleTheMeetingWasLoggedIn() {
        Participant sel85 = participant(plan, ParticipantRole.SUPPORT_CONTACT_PERSON_SEL85,
                Bases.SEL_SOCIAL_PEDAGOGICAL_SUPPORT, "hanne", START);
        List<Meeting> meetings = List.of(held(plan, sel85, START.plusDays(5)));

        assertTrue(overdue(List.of(hanne, sel85), meetings, START.plusDays(12)).isEmpty());
        assertEquals(2, overdue(List.of(hanne, sel85), meetings, START.plusDays(13)).size());
    }

    @Test
    void shouldNotRestartTheCadenceOnAnotherMentorsMeeting() {
        Participant kim = labMentor(plan, "kim", START);
        List<Meeting> meetings = List.of(held(plan, kim, START.plusDays(5)));

        assertEquals(List.of(hanne.id()),
                overdue(List.of(hanne, kim), meetings, START.plusDays(8)).stream().map(Alert::participantId).toList());
    }

    @Test
    void shouldNeverHoldTheCaseworkerToACadence() {
        Participant caseworker = participant(plan, ParticipantRole.CASEWORKER, Bases.LAB_COORDINATED_PLAN,
                "cw-aarhus", START);

        assertTrue(overdue(List.of(caseworker), List.of(), START.plusDays(60)).isEmpty());
    }

    @Test
    void shouldNotAlertForAnEndedParticipation() {
        hanne.end(START.plusDays(3));

        assertTrue(overdue(List.of(hanne), List.of(), START.plusDays(30)).isEmpty());
    }

    @Test
    void shouldNotAlertForAParticipationThatHasNotStarted() {
        LocalDate today = START.minusDays(1);

        assertTrue(schedule.alerts(plan, List.of(hanne), List.of(), List.of(), List.of(), today).stream()
                .noneMatch(a -> hanne.id().equals(a.participantId())));
    }

    @Test
    void shouldRaiseNoAlertsAtAllOnAClosedPlanEvenDuringAftercare() {
        plan.close(ClosureOutcome.JOB, START.plusDays(1), 12, null, null);

        assertTrue(schedule.alerts(plan, List.of(hanne), List.of(), List.of(), List.of(), START.plusMonths(7)).isEmpty());
    }

    private List<Alert> overdue(Collection<Participant> participants, Collection<Meeting> meetings, LocalDate today) {
        return ofKind(schedule.alerts(plan, participants, List.of(), meetings, List.of(), today), Alert.Kind.MEETING_OVERDUE);
    }
}
