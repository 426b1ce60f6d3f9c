package dk.mentor.followup.domain;

import static dk.mentor.followup.domain.Fixtures.NOW;
import static dk.mentor.followup.domain.Fixtures.details;
import static dk.mentor.followup.domain.Fixtures.labMentor;
import static dk.mentor.followup.domain.Fixtures.participant;
import static dk.mentor.followup.domain.Fixtures.plan;
import static dk.mentor.followup.domain.Fixtures.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.contracts.codes.Attendance;
import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.contracts.codes.MeetingPlace;
import dk.mentor.contracts.codes.ParticipantRole;
import dk.mentor.contracts.rules.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A logged meeting, its versions, and what its attendance means. */
class MeetingTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 10);
    private static final Instant LATER = NOW.plusSeconds(3600);
    private static final Set<LegalBasisTerms> DOUBLE_MENTOR =
            Set.of(Bases.LAB_MENTOR, Bases.SEL_SOCIAL_PEDAGOGICAL_SUPPORT);

    private final Plan plan = plan();
    private final Participant mentor = labMentor(plan, "hanne", LocalDate.of(2026, 6, 1));

    @Test
    void shouldLogTheFirstVersionAsTheCurrentOne() {
        Meeting meeting = Meeting.log(plan.id(), mentor, "hanne", checked(details(DAY, 60, Attendance.HELD, Map.of())), List.of(), NOW);

        assertEquals(1, meeting.version());
        assertTrue(meeting.current());
        assertEquals(plan.id(), meeting.planId());
        assertEquals(mentor.id(), meeting.participantId());
        assertEquals("hanne", meeting.author());
        assertEquals(DAY, meeting.meetingDate());
        assertEquals(60, meeting.durationMinutes());
        assertEquals(NOW, meeting.loggedAt());
        assertNull(meeting.correctionReason());
    }

    @Test
    void shouldGiveEachLoggedMeetingItsOwnIdentity() {
        Meeting first = Fixtures.held(plan, mentor, DAY);
        Meeting second = Fixtures.held(plan, mentor, DAY);

        assertNotEquals(first.meetingId(), second.meetingId());
        assertNotEquals(first.rowId(), second.rowId());
    }

    @Test
    void shouldStoreTheMinutesPerBasisByCodeAddingUpToTheDuration() {
        Map<LegalBasisTerms, Integer> split = Map.of(Bases.SEL_SOCIAL_PEDAGOGICAL_SUPPORT, 20, Bases.LAB_MENTOR, 70);
        Meeting meeting = Meeting.log(plan.id(), mentor, "hanne",
                details(DAY, 90, Attendance.HELD, split).checkedAgainst(DOUBLE_MENTOR), List.of(), NOW);

        assertEquals(List.of("LAB_167", "SEL_85"), meeting.minutes().stream().map(MinutesUnderBasis::legalBasis).toList());
        assertEquals(List.of(70, 20), meeting.minutes().stream().map(MinutesUnderBasis::minutes).toList());
        assertEquals(meeting.durationMinutes(), meeting.minutes().stream().mapToInt(MinutesUnderBasis::minutes).sum());
    }

    @Test
    void shouldStoreEachBasisOnce() {
        Meeting meeting = Fixtures.held(plan, mentor, DAY);

        assertEquals(1, meeting.minutes().size());
        assertEquals("LAB_167", meeting.minutes().get(0).legalBasis());
        assertEquals(60, meeting.minutes().get(0).minutes());
    }

    @Test
    void shouldCorrectByAddingTheNextVersionAndKeepingThePreviousSuperseded() {
        Meeting first = Fixtures.held(plan, mentor, DAY);

        Meeting second = first.correct(mentor, "hanne", checked(details(DAY, 45, Attendance.HELD, Map.of())), List.of(),
                "It was 45 minutes", LATER);

        assertEquals(2, second.version());
        assertTrue(second.current());
        assertFalse(first.current());
        assertEquals(first.meetingId(), second.meetingId());
        assertNotEquals(first.rowId(), second.rowId());
        assertEquals(45, second.durationMinutes());
        assertEquals(60, first.durationMinutes());
        assertEquals("It was 45 minutes", second.correctionReason());
        assertEquals(LATER, second.loggedAt());
        assertEquals(NOW, first.loggedAt());
    }

    @Test
    void shouldKeepThePlanAndGroupSessionOfTheMeetingWhenCorrected() {
        UUID session = UUID.randomUUID();
        MeetingDetails inGroup = new MeetingDetails(DAY, 30, MeetingMode.IN_PERSON, MeetingPlace.ACTIVATION_SITE,
                Attendance.HELD, 0, false, Map.of(), null, null, session);
        Meeting first = Meeting.log(plan.id(), mentor, "hanne", checked(inGroup), List.of(), NOW);

        Meeting second = first.correct(mentor, "hanne", checked(inGroup), List.of(), "Typo", LATER);

        assertEquals(plan.id(), second.planId());
        assertEquals(session, second.groupSessionId());
    }

    @Test
    void shouldRefuseCorrectingASupersededVersion() {
        Meeting first = Fixtures.held(plan, mentor, DAY);
        Meeting second = first.correct(mentor, "hanne", checked(details(DAY, 45, Attendance.HELD, Map.of())), List.of(), "45", LATER);

        RuleViolation refusal = refused(() -> first.correct(mentor, "hanne",
                checked(details(DAY, 30, Attendance.HELD, Map.of())), List.of(), "30", LATER));

        assertEquals("Only the current version of a meeting can be corrected", refusal.getMessage());
        assertTrue(second.current());
    }

    @Test
    void shouldNumberSuccessiveCorrections() {
        Meeting first = Fixtures.held(plan, mentor, DAY);
        Meeting second = first.correct(mentor, "hanne", checked(details(DAY, 45, Attendance.HELD, Map.of())), List.of(), "45", LATER);

        Meeting third = second.correct(mentor, "hanne", checked(details(DAY, 50, Attendance.HELD, Map.of())), List.of(), "50", LATER);

        assertEquals(3, third.version());
        assertFalse(second.current());
        assertEquals(first.meetingId(), third.meetingId());
    }

    @Test
    void shouldRecordWhoCorrectedAndForWhichParticipation() {
        Participant sel85 = participant(plan, ParticipantRole.SUPPORT_CONTACT_PERSON_SEL85,
                Bases.SEL_SOCIAL_PEDAGOGICAL_SUPPORT, "hanne", LocalDate.of(2026, 6, 1));
        Meeting first = Fixtures.held(plan, mentor, DAY);

        Meeting second = first.correct(sel85, "cw-aarhus", details(DAY, 60, Attendance.HELD, Map.of())
                .checkedAgainst(Set.of(Bases.SEL_SOCIAL_PEDAGOGICAL_SUPPORT)), List.of(), "Was the § 85 role", LATER);

        assertEquals("cw-aarhus", second.author());
        assertEquals(sel85.id(), second.participantId());
        assertEquals(List.of("SEL_85"), second.minutes().stream().map(MinutesUnderBasis::legalBasis).toList());
    }

    @Test
    void shouldCorrectTheAttendance() {
        Meeting first = Fixtures.held(plan, mentor, DAY);

        Meeting second = first.correct(mentor, "hanne", checked(details(DAY, 60, Attendance.NO_SHOW, Map.of())), List.of(),
                "The citizen did not come", LATER);

        assertEquals(Attendance.NO_SHOW, second.attendance());
        assertEquals(Attendance.HELD, first.attendance());
    }

    @Test
    void shouldRecordAttendanceModePlaceAndTransport() {
        MeetingDetails given = new MeetingDetails(DAY, 60, MeetingMode.IN_PERSON, MeetingPlace.CITIZEN_HOME,
                Attendance.MENTOR_CANCELLED, 35, false, Map.of(), null, null, null);

        Meeting meeting = Meeting.log(plan.id(), mentor, "hanne", checked(given), List.of(), NOW);

        assertEquals(Attendance.MENTOR_CANCELLED, meeting.attendance());
        assertEquals(MeetingMode.IN_PERSON, meeting.mode());
        assertEquals(MeetingPlace.CITIZEN_HOME, meeting.place());
        assertEquals(35, meeting.transportMinutes());
    }

    @Test
    void shouldKeepNotesForTheMentorOnlyUnlessToldOtherwise() {
        Meeting meeting = Meeting.log(plan.id(), mentor, "hanne", checked(new MeetingDetails(DAY, 60, MeetingMode.PHONE,
                null, Attendance.HELD, 0, false, Map.of(), "Talked about sleep", null, null)), List.of(), NOW);

        assertEquals("Talked about sleep", meeting.note());
        assertEquals(NoteVisibility.MENTOR_ONLY, meeting.noteVisibility());
    }

    @Test
    void shouldKeepTheNoteVisibilityGiven() {
        Meeting meeting = Meeting.log(plan.id(), mentor, "hanne", checked(new MeetingDetails(DAY, 60, MeetingMode.PHONE,
                null, Attendance.HELD, 0, false, Map.of(), "Shared", NoteVisibility.CITIZEN, null)), List.of(), NOW);

        assertEquals(NoteVisibility.CITIZEN, meeting.noteVisibility());
    }

    @Test
    void shouldStoreABlankNoteAsNoNote() {
        Meeting meeting = Meeting.log(plan.id(), mentor, "hanne", checked(new MeetingDetails(DAY, 60, MeetingMode.PHONE,
                null, Attendance.HELD, 0, false, Map.of(), "   ", null, null)), List.of(), NOW);

        assertNull(meeting.note());
    }

    @ParameterizedTest
    @EnumSource(value = Attendance.class, names = {"NO_SHOW", "CITIZEN_CANCELLED_NO_VALID_REASON"})
    void shouldBeSanctionRelevantWhenTheCitizenFailsAnActivationMeetingWithoutValidReason(Attendance attendance) {
        assertTrue(activationMeeting(attendance, true).sanctionRelevant());
    }

    @ParameterizedTest
    @EnumSource(value = Attendance.class, names = {"HELD", "CITIZEN_CANCELLED_VALID_REASON", "MENTOR_CANCELLED"})
    void shouldNotBeSanctionRelevantWhenHeldOrValidlyCancelled(Attendance attendance) {
        assertFalse(activationMeeting(attendance, true).sanctionRelevant());
    }

    @ParameterizedTest
    @EnumSource(Attendance.class)
    void shouldNeverBeSanctionRelevantOutsideActivation(Attendance attendance) {
        assertFalse(activationMeeting(attendance, false).sanctionRelevant());
    }

    private Meeting activationMeeting(Attendance attendance, boolean activation) {
        MeetingDetails given = new MeetingDetails(DAY, 60, MeetingMode.VIDEO, null, attendance, 0, activation, Map.of(),
                null, null, null);
        return Meeting.log(plan.id(), mentor, "hanne", checked(given), List.of(), NOW);
    }

    private static MeetingDetails checked(MeetingDetails details) {
        return details.checkedAgainst(Set.of(Bases.LAB_MENTOR));
    }
}
