package dk.mentor.followup.domain;

import static dk.mentor.followup.domain.Fixtures.details;
import static dk.mentor.followup.domain.Fixtures.fields;
import static dk.mentor.followup.domain.Fixtures.messages;
import static dk.mentor.followup.domain.Fixtures.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.mentor.contracts.codes.Attendance;
import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.contracts.codes.MeetingPlace;
import dk.mentor.contracts.rules.RuleViolation;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The minutes of a meeting per legal basis, and where it took place. */
class MeetingDetailsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 10);
    private static final Set<LegalBasisTerms> LAB_ONLY = Set.of(Bases.LAB_MENTOR);
    private static final Set<LegalBasisTerms> DOUBLE_MENTOR =
            Set.of(Bases.LAB_MENTOR, Bases.SEL_SOCIAL_PEDAGOGICAL_SUPPORT);

    @Test
    void shouldPutAllMinutesUnderTheOneBasisHeldWhenNoSplitIsGiven() {
        MeetingDetails checked = details(DAY, 45, Attendance.HELD, Map.of()).checkedAgainst(LAB_ONLY);

        assertEquals(Map.of(Bases.LAB_MENTOR, 45), checked.minutes());
    }

    @Test
    void shouldRefuseNoSplitWhenTheMentorHoldsTwoBases() {
        RuleViolation refusal = refused(() -> details(DAY, 60, Attendance.HELD, Map.of()).checkedAgainst(DOUBLE_MENTOR));

        assertEquals("The meeting cannot be logged as given", refusal.getMessage());
        assertEquals(List.of("minutes"), fields(refusal));
        assertEquals(List.of("split the minutes between the legal bases you hold on this plan: [LAB_167, SEL_85]"),
                messages(refusal));
    }

    @Test
    void shouldAcceptASplitBetweenTheBasesHeldThatAddsUpToTheDuration() {
        Map<LegalBasisTerms, Integer> split = Map.of(Bases.LAB_MENTOR, 40, Bases.SEL_SOCIAL_PEDAGOGICAL_SUPPORT, 20);

        MeetingDetails checked = details(DAY, 60, Attendance.HELD, split).checkedAgainst(DOUBLE_MENTOR);

        assertEquals(split, checked.minutes());
    }

    @Test
    void shouldAcceptAllMinutesUnderOneOfTwoBasesHeld() {
        MeetingDetails checked = details(DAY, 60, Attendance.HELD, Map.of(Bases.SEL_SOCIAL_PEDAGOGICAL_SUPPORT, 60))
                .checkedAgainst(DOUBLE_MENTOR);

        assertEquals(Map.of(Bases.SEL_SOCIAL_PEDAGOGICAL_SUPPORT, 60), checked.minutes());
    }

    @ParameterizedTest
    @ValueSource(ints = {19, 21})
    void shouldRefuseASplitThatDoesNotAddUpToTheDurationByOneMinute(int selMinutes) {
        Map<LegalBasisTerms, Integer> split = Map.of(Bases.LAB_MENTOR, 40, Bases.SEL_SOCIAL_PEDAGOGICAL_SUPPORT, selMinutes);

        RuleViolation refusal = refused(() -> details(DAY, 60, Attendance.HELD, split).checkedAgainst(DOUBLE_MENTOR));

        assertEquals(List.of("must add up to durationMinutes (60)"), messages(refusal));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5})
    void shouldRefuseABasisWithLessThanOneMinuteWithoutAlsoCheckingTheSum(int selMinutes) {
        Map<LegalBasisTerms, Integer> split = Map.of(Bases.LAB_MENTOR, 60, Bases.SEL_SOCIAL_PEDAGOGICAL_SUPPORT, selMinutes);

        RuleViolation refusal = refused(() -> details(DAY, 60, Attendance.HELD, split).checkedAgainst(DOUBLE_MENTOR));

        assertEquals(List.of("each basis needs at least 1 minute"), messages(refusal));
    }

    @Test
    void shouldRefuseMinutesUnderABasisTheMentorDoesNotHold() {
        Map<LegalBasisTerms, Integer> split = Map.of(Bases.SEL_SOCIAL_PEDAGOGICAL_SUPPORT, 60);

        RuleViolation refusal = refused(() -> details(DAY, 60, Attendance.HELD, split).checkedAgainst(LAB_ONLY));

        assertEquals(List.of("minutes"), fields(refusal));
        assertEquals(List.of("you do not act under [SEL_85] on this plan; you hold [LAB_167]"), messages(refusal));
    }

    @Test
    void shouldReportAForeignBasisAndAWrongSumTogether() {
        Map<LegalBasisTerms, Integer> split = Map.of(Bases.LAB_MENTOR, 30, Bases.SEL_CONTACT_PERSON, 10);

        RuleViolation refusal = refused(() -> details(DAY, 60, Attendance.HELD, split).checkedAgainst(LAB_ONLY));

        assertEquals(List.of("you do not act under [SEL_99] on this plan; you hold [LAB_167]",
                "must add up to durationMinutes (60)"), messages(refusal));
    }

    @Test
    void shouldRequireAPlaceForAMeetingInPerson() {
        MeetingDetails inPerson = new MeetingDetails(DAY, 60, MeetingMode.IN_PERSON, null, Attendance.HELD, 0, false,
                Map.of(), null, null, null);

        RuleViolation refusal = refused(() -> inPerson.checkedAgainst(LAB_ONLY));

        assertEquals(List.of("place"), fields(refusal));
        assertEquals(List.of("is required for a meeting in person"), messages(refusal));
    }

    @ParameterizedTest
    @EnumSource(value = MeetingMode.class, names = {"PHONE", "VIDEO"})
    void shouldRefuseAPlaceForAMeetingAtADistance(MeetingMode mode) {
        MeetingDetails distant = new MeetingDetails(DAY, 60, mode, MeetingPlace.CITIZEN_HOME, Attendance.HELD, 0, false,
                Map.of(), null, null, null);

        RuleViolation refusal = refused(() -> distant.checkedAgainst(LAB_ONLY));

        assertEquals(List.of("must be empty for a meeting at a distance"), messages(refusal));
    }

    @ParameterizedTest
    @EnumSource(value = MeetingMode.class, names = {"PHONE", "VIDEO"})
    void shouldAcceptAMeetingAtADistanceWithoutAPlace(MeetingMode mode) {
        MeetingDetails distant = new MeetingDetails(DAY, 30, mode, null, Attendance.HELD, 0, false, Map.of(), null, null,
                null);

        assertEquals(mode, distant.checkedAgainst(LAB_ONLY).mode());
    }

    @Test
    void shouldCollectThePlaceAndTheMinutesIssuesInOneRefusal() {
        MeetingDetails wrong = new MeetingDetails(DAY, 60, MeetingMode.PHONE, MeetingPlace.WORKPLACE, Attendance.HELD, 0,
                false, Map.of(), null, null, null);

        RuleViolation refusal = refused(() -> wrong.checkedAgainst(DOUBLE_MENTOR));

        assertEquals(List.of("place", "minutes"), fields(refusal));
    }

    @Test
    void shouldKeepEverythingElseAsGivenWhenChecked() {
        UUID session = UUID.randomUUID();
        MeetingDetails given = new MeetingDetails(DAY, 50, MeetingMode.IN_PERSON, MeetingPlace.WORKPLACE,
                Attendance.NO_SHOW, 25, true, Map.of(), "Note", NoteVisibility.PROFESSIONALS, session);

        MeetingDetails checked = given.checkedAgainst(LAB_ONLY);

        assertEquals(new MeetingDetails(DAY, 50, MeetingMode.IN_PERSON, MeetingPlace.WORKPLACE, Attendance.NO_SHOW, 25,
                true, Map.of(Bases.LAB_MENTOR, 50), "Note", NoteVisibility.PROFESSIONALS, session), checked);
    }

    @Test
    void shouldNotBeChangedByLaterChangesToTheCallersMinutes() {
        Map<LegalBasisTerms, Integer> split = new HashMap<>(Map.of(Bases.LAB_MENTOR, 60));
        MeetingDetails given = details(DAY, 60, Attendance.HELD, split);

        split.put(Bases.SEL_CONTACT_PERSON, 10);

        assertEquals(Map.of(Bases.LAB_MENTOR, 60), given.minutes());
    }
}
