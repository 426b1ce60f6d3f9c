package dk.mentor.contracts.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.contracts.events.catalog.MeetingWindow;
import dk.mentor.contracts.events.followup.MeetingCorrected;
import dk.mentor.contracts.events.followup.MeetingLogged;
import dk.mentor.contracts.events.followup.MinutesUnderBasis;
import dk.mentor.contracts.events.followup.PlanHandedOver;
import dk.mentor.contracts.events.followup.ProgressionRecorded;
import dk.mentor.contracts.events.matching.MentorshipStarted;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules the payload records enforce beyond presence, so a producer cannot publish nonsense. */
class PayloadRulesTest {

    private static final MeetingLogged MEETING = SamplePayloads.meetingLogged();

    @Test
    void shouldSumMinutesOverAllLegalBases() {
        assertEquals(90, MEETING.totalMinutes());
    }

    @Test
    void shouldRequireVersionOneForALoggedMeetingAndTwoOrMoreForACorrection() {
        assertThrows(IllegalArgumentException.class, () -> new MeetingLogged(MEETING.planId(), MEETING.meetingId(), 2,
                "0746", null, null, MEETING.meetingDate(), "HELD", "PHONE", null, MEETING.minutes(), 0, null, false,
                MEETING.loggedAt(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new MeetingCorrected(MEETING.planId(), MEETING.meetingId(),
                1, "0746", null, null, MEETING.meetingDate(), "HELD", "PHONE", null, MEETING.minutes(), 0, null, false,
                MEETING.loggedAt(), List.of()));
    }

    @Test
    void shouldRejectAnUnknownClaimHoldAndKeepEachHoldOnce() {
        assertThrows(IllegalArgumentException.class, () -> new MeetingLogged(MEETING.planId(), MEETING.meetingId(), 1,
                "0746", null, null, MEETING.meetingDate(), "HELD", "PHONE", null, MEETING.minutes(), 0, null, false,
                MEETING.loggedAt(), List.of("LOOKS_ODD")));
        MeetingLogged held = new MeetingLogged(MEETING.planId(), MEETING.meetingId(), 1, "0746", null, null,
                MEETING.meetingDate(), "HELD", "PHONE", null, MEETING.minutes(), 0, null, false, MEETING.loggedAt(),
                List.of("OUTSIDE_PERIOD", "FUTURE_DATE", "OUTSIDE_PERIOD"));
        assertEquals(List.of("OUTSIDE_PERIOD", "FUTURE_DATE"), held.claimHolds());
        assertFalse(held.claimable());
        assertTrue(MEETING.claimable());
    }

    @Test
    void shouldRejectZeroMinutesUnderABasis() {
        assertThrows(IllegalArgumentException.class, () -> new MinutesUnderBasis("LAB_167", 0));
    }

    @Test
    void shouldRejectAProgressionScoreOutsideOneToTen() {
        assertThrows(IllegalArgumentException.class, () -> new ProgressionRecorded(MEETING.planId(),
                MEETING.meetingId(), "0746", LocalDate.parse("2026-04-01"), 11, Map.of(), MEETING.loggedAt()));
        assertThrows(IllegalArgumentException.class, () -> new ProgressionRecorded(MEETING.planId(),
                MEETING.meetingId(), "0746", LocalDate.parse("2026-04-01"), 5, Map.of("HEALTH", 0),
                MEETING.loggedAt()));
    }

    @Test
    void shouldRejectAHandOverWithinOneMunicipality() {
        assertThrows(IllegalArgumentException.class, () -> new PlanHandedOver(MEETING.planId(), "0751", "0751",
                LocalDate.parse("2026-08-01"), MEETING.loggedAt()));
    }

    @Test
    void shouldRejectAnOrderedCadenceOfLessThanADay() {
        MentorshipStarted sample = SamplePayloads.mentorshipStarted();
        assertThrows(IllegalArgumentException.class, () -> new MentorshipStarted(sample.mentorshipId(),
                sample.referralId(), sample.planId(), sample.mentorId(), sample.mentorName(), null, sample.mentorKind(),
                "0751", "0746", "LAB_167", "LAB_MENTOR", List.of(), sample.hoursPerWeek(), null,
                sample.startsOn(), sample.endsOn(), sample.startedAt(), 0));
    }

    @Test
    void shouldRejectAMentorshipEndingBeforeItStarts() {
        MentorshipStarted sample = SamplePayloads.mentorshipStarted();
        assertThrows(IllegalArgumentException.class, () -> new MentorshipStarted(sample.mentorshipId(),
                sample.referralId(), sample.planId(), sample.mentorId(), sample.mentorName(), null, sample.mentorKind(),
                "0751", "0746", "LAB_167", "LAB_MENTOR", List.of(), sample.hoursPerWeek(), null,
                sample.startsOn(), sample.startsOn().minusDays(1), sample.startedAt(), null));
    }

    @Test
    void shouldCompareMeetingWindowsByDayAndOverlap() {
        MeetingWindow tuesdayDaytime = new MeetingWindow(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(16, 0));

        assertTrue(tuesdayDaytime.overlaps(new MeetingWindow(DayOfWeek.TUESDAY, LocalTime.of(15, 0), LocalTime.of(18, 0))));
        assertFalse(tuesdayDaytime.overlaps(new MeetingWindow(DayOfWeek.TUESDAY, LocalTime.of(16, 0), LocalTime.of(18, 0))));
        assertFalse(tuesdayDaytime.overlaps(new MeetingWindow(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(16, 0))));
        assertThrows(IllegalArgumentException.class,
                () -> new MeetingWindow(DayOfWeek.MONDAY, LocalTime.of(16, 0), LocalTime.of(8, 0)));
    }

    @Test
    void shouldKeepCprLikeDataOutOfPlanEventsByConstruction() {
        // The plan's events name the citizen only by a random reference; no component may hold a CPR number.
        for (EventDefinition definition : EventCatalog.all()) {
            for (var component : definition.payloadClass().getRecordComponents()) {
                assertFalse(component.getName().toLowerCase().contains("cpr"), definition.type() + "." + component.getName());
            }
        }
    }
}
