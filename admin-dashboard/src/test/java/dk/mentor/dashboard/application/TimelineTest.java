package dk.mentor.dashboard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A plan's history as one list: every kind of event, newest day first, on the day it happened in Danish time. */
class TimelineTest {

    private static final UUID PLAN = UUID.randomUUID();
    private static final UUID LENE = UUID.randomUUID();
    private static final UUID LENE_SEL85 = UUID.randomUUID();

    @Test
    void everyKindOfEventNewestFirstAndTheLaterStepFirstWithinADay() {
        PlanRow plan = new PlanRow(PLAN, "CLOSED", "EMPLOYMENT", day(1), day(20), "caseworker-aarhus", "0751", List.of(),
                "A job", "JOB");
        List<Participant> participants = List.of(
                new Participant(LENE, "Lene", "mentor-aarhus", "LAB_MENTOR", "LAB_167", UUID.randomUUID(), day(2), null),
                new Participant(LENE_SEL85, "Lene", "mentor-aarhus", "SUPPORT_CONTACT_PERSON_SEL85", "SEL_85", null, day(3), day(20)));
        Meeting current = meeting(day(10), true);
        Meeting corrected = meeting(day(9), false);
        Timeline timeline = Timeline.of(new Timeline.Parts(plan, participants,
                List.of(new Goal(UUID.randomUUID(), "Meet on time", "ACTIVE", day(30), Instant.parse("2026-03-04T10:00:00Z"))),
                List.of(current, corrected),
                List.of(new Progression(day(10), 6, Map.of())),
                List.of(new Consent(UUID.randomUUID(), "SHARE_ACROSS_LINES", "CONSENT", null, null, day(3), null,
                        Instant.parse("2026-03-15T12:00:00Z"))),
                List.of(new HandOver(UUID.randomUUID(), PLAN, "0751", "0101", "OFFERED", Instant.parse("2026-03-18T08:00:00Z"), null,
                        null, null, null, null, null, null)),
                List.of(new Incident(UUID.randomUUID(), "Called in crisis", 2, Instant.parse("2026-03-12T09:00:00Z"), null))),
                List.of());

        assertEquals(List.of("CLOSED 20", "PARTICIPANT_ENDED 20", "HAND_OVER 18", "CONSENT_REVOKED 15", "INCIDENT 12",
                        "RATING 10", "MEETING 10", "GOAL 4", "CONSENT 3", "PARTICIPANT_STARTED 3", "PARTICIPANT_STARTED 2", "OPENED 1"),
                timeline.entries().stream().map(e -> e.kind() + " " + e.date().getDayOfMonth()).toList());
        assertEquals(1, timeline.meetingCount(), "a corrected meeting is one event: its current version");
        assertEquals(current, timeline.entries().get(6).meeting());
    }

    @Test
    void anInstantIsOnItsDanishDay() {
        // 23:30 UTC on 1 March is already 2 March in Copenhagen
        assertEquals(LocalDate.of(2026, 3, 2), Timeline.day(Instant.parse("2026-03-01T23:30:00Z")));
        // and in summer time, 22:30 UTC is past midnight too
        assertEquals(LocalDate.of(2026, 7, 2), Timeline.day(Instant.parse("2026-07-01T22:30:00Z")));
    }

    @Test
    void thePartsAServiceDidNotGiveAreNamedOnceAndTheRestIsShown() {
        Timeline timeline = Timeline.of(new Timeline.Parts(null, null, null, List.of(meeting(day(5), true)), null, null, null, null),
                List.of("unavailable_followup", "unavailable_followup"));

        assertEquals(List.of("unavailable_followup"), timeline.gaps());
        assertEquals(1, timeline.entries().size());
    }

    @Test
    void aPersonUnderTwoLegalBasesHasADoubleRoleAndBothParticipationsAreMarked() {
        UUID other = UUID.randomUUID();
        List<Participant> participants = List.of(
                new Participant(LENE, "Lene", "mentor-aarhus", "LAB_MENTOR", "LAB_167", UUID.randomUUID(), day(2), null),
                new Participant(other, "Kim", "caseworker-aarhus", "CASEWORKER", "LAB_40_3", null, day(1), null),
                new Participant(LENE_SEL85, "Lene", "mentor-aarhus", "SUPPORT_CONTACT_PERSON_SEL85", "SEL_85", null, day(3), null));

        assertEquals(List.of(new DoubleRole("Lene", List.of("LAB_167", "SEL_85"))), DoubleRole.among(participants));
        assertEquals(java.util.Set.of(LENE, LENE_SEL85), DoubleRole.participations(participants));
        assertEquals(List.of("LAB_167", "SEL_85"), PlanQueries.meetingBases(participants), "the caseworker logs no meetings");
    }

    private static Meeting meeting(LocalDate date, boolean current) {
        return new Meeting(UUID.randomUUID(), date, 60, "HELD", "IN_PERSON", "CITIZEN_HOME",
                List.of(new Meeting.Minutes("LAB_167", 40), new Meeting.Minutes("SEL_85", 20)), current, "mentor-aarhus");
    }

    private static LocalDate day(int dayOfMarch) {
        return LocalDate.of(2026, 3, dayOfMarch);
    }
}
