package dk.mentor.followup.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.contracts.codes.Attendance;
import dk.mentor.contracts.codes.ClaimHold;
import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.contracts.codes.LegalLine;
import dk.mentor.contracts.codes.MeetingPlace;
import dk.mentor.contracts.codes.ParticipantRole;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AlertScheduleTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final LocalDate OPENED = LocalDate.of(2026, 1, 5);
    private final AlertSchedule schedule = new AlertSchedule(30);
    private final Plan plan = Plan.open(UUID.randomUUID(), "0751", "cw", LegalLine.EMPLOYMENT, "A job", List.of(), List.of(),
            OPENED, NOW);

    @Test
    void shouldAlertWhenNoMeetingWithinWeeklyCadenceAndFortnightlyForVolunteers() {
        Participant paid = mentor(ParticipantRole.LAB_MENTOR, "paid", OPENED);
        Participant volunteer = mentor(ParticipantRole.VOLUNTEER_MENTOR, "volunteer", OPENED);
        LocalDate lastMeeting = LocalDate.of(2026, 11, 10);
        List<Meeting> meetings = List.of(held(paid, lastMeeting), held(volunteer, lastMeeting));

        List<Alert> onDay8 = overdue(List.of(paid, volunteer), meetings, lastMeeting.plusDays(8));
        assertEquals(1, onDay8.size());
        assertEquals(paid.id(), onDay8.get(0).participantId());
        assertEquals(lastMeeting.plusDays(7), onDay8.get(0).dueOn());
        assertEquals(2, overdue(List.of(paid, volunteer), meetings, lastMeeting.plusDays(15)).size());
        assertEquals(0, overdue(List.of(paid, volunteer), meetings, lastMeeting.plusDays(7)).size());
    }

    @Test
    void shouldAskForOneThreeAndSixMonthFollowUpsUntilRecorded() {
        Participant paid = mentor(ParticipantRole.VOLUNTEER_MENTOR, "paid", LocalDate.of(2026, 7, 1));
        LocalDate today = LocalDate.of(2026, 10, 15);
        List<Alert> due = kinds(schedule.alerts(plan, List.of(paid), List.of(), List.of(), List.of(), today),
                Alert.Kind.MENTORSHIP_FOLLOW_UP_DUE);
        assertEquals(List.of(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 10, 1)), due.stream().map(Alert::dueOn).toList());

        FollowUp oneMonth = FollowUp.record(plan.id(), paid, FollowUp.Kind.MENTORSHIP_1_MONTH, LocalDate.of(2026, 8, 2),
                Map.of(), null, "cw", NOW);
        assertEquals(1, kinds(schedule.alerts(plan, List.of(paid), List.of(), List.of(), List.of(oneMonth), today),
                Alert.Kind.MENTORSHIP_FOLLOW_UP_DUE).size());
    }

    @Test
    void shouldAskForQuarterlyRegistrationOfTheLatestQuarter() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        List<Alert> due = kinds(schedule.alerts(plan, List.of(), List.of(), List.of(), List.of(), today),
                Alert.Kind.QUARTERLY_REGISTRATION_DUE);
        assertEquals(List.of(LocalDate.of(2026, 10, 5)), due.stream().map(Alert::dueOn).toList());
        FollowUp registered = FollowUp.record(plan.id(), null, FollowUp.Kind.QUARTERLY_REGISTRATION,
                LocalDate.of(2026, 9, 28), Map.of(), null, "cw", NOW);
        assertTrue(kinds(schedule.alerts(plan, List.of(), List.of(), List.of(), List.of(registered), today),
                Alert.Kind.QUARTERLY_REGISTRATION_DUE).isEmpty());
    }

    @Test
    void shouldWarnBeforeAgreementExpiresAndAskForMidwayEvaluation() {
        Participant paid = mentor(ParticipantRole.LAB_MENTOR, "paid", LocalDate.of(2026, 6, 1));
        MentorAgreement agreement = MentorAgreement.make(paid, Bases.of(paid), new AgreementTerms("goal", "Hanne", "h@x.dk", "tasks",
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 11, 30), BigDecimal.valueOf(3), "guidance", false, null, null),
                null, "cw", NOW);
        List<Alert> alerts = schedule.alerts(plan, List.of(paid), List.of(agreement), List.of(), List.of(),
                LocalDate.of(2026, 11, 5));
        assertEquals(List.of(LocalDate.of(2026, 11, 30)),
                kinds(alerts, Alert.Kind.AGREEMENT_EXPIRING).stream().map(Alert::dueOn).toList());
        assertEquals(List.of(agreement.midway()),
                kinds(alerts, Alert.Kind.MIDWAY_EVALUATION_DUE).stream().map(Alert::dueOn).toList());
        assertTrue(kinds(schedule.alerts(plan, List.of(paid), List.of(agreement), List.of(), List.of(),
                LocalDate.of(2026, 10, 30)), Alert.Kind.AGREEMENT_EXPIRING).isEmpty());
    }

    @Test
    void shouldAlertTheCaseworkerOfAHeldMeetingWhoseMoneyIsHeldForAnAgreementHoursOrPeriod() {
        Participant paid = mentor(ParticipantRole.LAB_MENTOR, "paid", OPENED);
        LocalDate day = LocalDate.of(2026, 11, 20);
        Meeting held = Meeting.log(plan.id(), paid, "paid", details(day, Attendance.HELD), List.of(
                ClaimHold.OUTSIDE_PERIOD, ClaimHold.FUTURE_DATE, ClaimHold.AGREEMENT_MISSING, ClaimHold.HOURS_OVER_ORDER),
                NOW);
        Meeting cancelled = Meeting.log(plan.id(), paid, "paid", details(day, Attendance.MENTOR_CANCELLED),
                List.of(ClaimHold.AGREEMENT_MISSING), NOW);

        List<Alert> alerts = schedule.alerts(plan, List.of(paid), List.of(), List.of(held, cancelled), List.of(), day);

        List<Alert> holds = alerts.stream().filter(a -> a.kind() == Alert.Kind.AGREEMENT_MISSING
                || a.kind() == Alert.Kind.HOURS_OVER_ORDER || a.kind() == Alert.Kind.OUTSIDE_PERIOD).toList();
        assertEquals(List.of(Alert.Kind.AGREEMENT_MISSING, Alert.Kind.HOURS_OVER_ORDER, Alert.Kind.OUTSIDE_PERIOD),
                holds.stream().map(Alert::kind).toList());
        assertTrue(holds.stream().allMatch(a -> a.participantId().equals(paid.id()) && a.dueOn().equals(day)));
    }

    @Test
    void shouldDropTheHoldAlertOnceACorrectionMakesTheMeetingClaimable() {
        Participant paid = mentor(ParticipantRole.LAB_MENTOR, "paid", OPENED);
        LocalDate day = LocalDate.of(2026, 11, 20);
        Meeting held = Meeting.log(plan.id(), paid, "paid", details(day, Attendance.HELD),
                List.of(ClaimHold.HOURS_OVER_ORDER), NOW);
        Meeting corrected = held.correct(paid, "cw", details(day, Attendance.HELD), List.of(), "Was 60 minutes", NOW);

        assertTrue(kinds(schedule.alerts(plan, List.of(paid), List.of(), List.of(held, corrected), List.of(), day),
                Alert.Kind.HOURS_OVER_ORDER).isEmpty());
    }

    private static MeetingDetails details(LocalDate day, Attendance attendance) {
        return new MeetingDetails(day, 60, MeetingMode.IN_PERSON, MeetingPlace.JOB_CENTRE, attendance, 0, false, Map.of(),
                null, null, null).checkedAgainst(java.util.Set.of(Bases.LAB_MENTOR));
    }

    private List<Alert> overdue(List<Participant> participants, List<Meeting> meetings, LocalDate today) {
        return kinds(schedule.alerts(plan, participants, List.of(), meetings, List.of(), today), Alert.Kind.MEETING_OVERDUE);
    }

    private static List<Alert> kinds(List<Alert> alerts, Alert.Kind kind) {
        return alerts.stream().filter(a -> a.kind() == kind).toList();
    }

    private Participant mentor(ParticipantRole role, String username, LocalDate startedOn) {
        return Participant.join(plan.id(), username, username, null, role, Bases.LAB_MENTOR, null, startedOn, NOW);
    }

    private Meeting held(Participant p, LocalDate day) {
        return Meeting.log(plan.id(), p, p.username(), new MeetingDetails(day, 60, MeetingMode.IN_PERSON,
                MeetingPlace.JOB_CENTRE, Attendance.HELD, 0, false, Map.of(), null, null, null)
                .checkedAgainst(java.util.Set.of(Bases.LAB_MENTOR)), List.of(), NOW);
    }

}
