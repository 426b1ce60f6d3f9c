package dk.mentor.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.contracts.codes.MentorKind;
import dk.mentor.contracts.codes.MentorStatus;
import dk.mentor.contracts.codes.SharingScope;
import dk.mentor.contracts.rules.RuleViolation;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MentorTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final Set<VettingRequirement> VOLUNTEER_NEEDS =
            EnumSet.of(VettingRequirement.CHILD_PROTECTION_CERTIFICATE, VettingRequirement.INTAKE_INTERVIEW);

    static MentorDetails details(MentorKind kind, List<String> bases) {
        return new MentorDetails("Hanne", kind, bases, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, false, null, null, null, 2, new BigDecimal("5.00"), null, null);
    }

    static Vetting fullVetting() {
        LocalDate day = LocalDate.of(2026, 10, 1);
        return Vetting.of(ScreeningStatus.CLEARED, day, ScreeningStatus.NOT_REQUESTED, null, day,
                EnumSet.allOf(ExpectationPoint.class));
    }

    @Test
    void shouldKeepLegalBasesSortedAndDistinctAndStartAsApplicant() {
        Mentor mentor = Mentor.register("0751", details(MentorKind.PAID_SOCIAL_MENTOR,
                List.of("SEL_85", "LAB_167", "LAB_167")), NOW);
        assertEquals(List.of("LAB_167", "SEL_85"), mentor.legalBases());
        assertEquals(MentorStatus.APPLICANT, mentor.status());
        assertEquals("0751", mentor.areaMunicipality());
    }

    @Test
    void shouldRefusePaidMentorWithoutLegalBasis() {
        RuleViolation e = assertThrows(RuleViolation.class,
                () -> Mentor.register("0751", details(MentorKind.PAID_SOCIAL_MENTOR, List.of()), NOW));
        assertTrue(e.getMessage().contains("legal basis"));
    }

    @Test
    void shouldRequireTheBasisThatDefinesTheKind() {
        RuleViolation e = assertThrows(RuleViolation.class,
                () -> Mentor.register("0751", details(MentorKind.CONTACT_PERSON_SEL99, List.of("LAB_167")), NOW));
        assertTrue(e.getMessage().contains("SEL_99"), e.getMessage());
    }

    @Test
    void shouldRefuseListedSharingWithoutMunicipalitiesAndOverlappingWindows() {
        MentorDetails d = details(MentorKind.VOLUNTEER, List.of());
        MentorDetails listed = new MentorDetails(d.displayName(), d.kind(), d.legalBases(), null, SharingScope.LISTED_MUNICIPALITIES,
                List.of(), null, null, null, null, null, null, null, null, null, null, null, null, null, null, false, null,
                null, null, 1, BigDecimal.ONE, null, null);
        assertThrows(RuleViolation.class, () -> Mentor.register("0751", listed, NOW));

        List<WeeklyWindow> overlapping = List.of(WeeklyWindow.of(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                WeeklyWindow.of(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(16, 0)));
        Mentor mentor = Mentor.register("0751", d, NOW);
        assertThrows(RuleViolation.class, () -> mentor.changeAvailability(overlapping, false, List.of(), "0751", null, NOW));
    }

    @Test
    void shouldNotActivateBeforeTheVettingTheKindRequires() {
        Mentor mentor = Mentor.register("0751", details(MentorKind.VOLUNTEER, List.of()), NOW);
        mentor.moveTo(MentorStatus.APPROVED, "Interviewed", VOLUNTEER_NEEDS, NOW);
        RuleViolation e = assertThrows(RuleViolation.class,
                () -> mentor.moveTo(MentorStatus.ACTIVE, "Ready", VOLUNTEER_NEEDS, NOW));
        assertTrue(e.getMessage().contains("børneattest"), e.getMessage());
        assertTrue(e.getMessage().contains("intake interview"), e.getMessage());

        mentor.recordVetting(fullVetting(), NOW);
        assertEquals(MentorStatus.APPROVED, mentor.moveTo(MentorStatus.ACTIVE, "Ready", VOLUNTEER_NEEDS, NOW));
        assertTrue(mentor.hasFreeCapacity());
    }

    @Test
    void shouldNameUnagreedChecklistPoints() {
        Vetting partial = Vetting.of(ScreeningStatus.CLEARED, LocalDate.of(2026, 1, 1), ScreeningStatus.NOT_REQUESTED, null,
                LocalDate.of(2026, 1, 2), List.of(ExpectationPoint.PAY));
        List<String> missing = partial.missing(VOLUNTEER_NEEDS);
        assertEquals(1, missing.size());
        assertTrue(missing.get(0).contains("WORKING_HOURS"));
    }

    @Test
    void shouldRequireDateOfACheckedScreening() {
        assertThrows(RuleViolation.class, () -> Vetting.of(ScreeningStatus.CLEARED, null, ScreeningStatus.NOT_REQUESTED,
                null, null, List.of()));
    }

    @Test
    void shouldFollowTheLifecycleAndKeepRetiredFinal() {
        Mentor mentor = Mentor.register("0751", details(MentorKind.VOLUNTEER, List.of()), NOW);
        assertThrows(RuleViolation.class, () -> mentor.moveTo(MentorStatus.ACTIVE, "Skip", Set.of(), NOW));
        mentor.moveTo(MentorStatus.RETIRED, "Moved away", Set.of(), NOW);
        assertThrows(RuleViolation.class, () -> mentor.moveTo(MentorStatus.APPLICANT, "Back", Set.of(), NOW));
        assertEquals("Moved away", mentor.statusReason());
    }

    @Test
    void shouldCountLoadAndRefuseRetirementWhileFollowingCitizens() {
        Mentor mentor = Mentor.register("0751", details(MentorKind.VOLUNTEER, List.of()), NOW);
        mentor.moveTo(MentorStatus.APPROVED, "ok", Set.of(), NOW);
        mentor.moveTo(MentorStatus.ACTIVE, "ok", Set.of(), NOW);
        mentor.mentorshipStarted(new BigDecimal("2.00"), NOW);
        mentor.mentorshipStarted(new BigDecimal("1.50"), NOW);
        assertFalse(mentor.hasFreeCapacity());
        assertEquals(0, new BigDecimal("3.50").compareTo(mentor.load().committedHours()));
        assertThrows(RuleViolation.class, () -> mentor.moveTo(MentorStatus.RETIRED, "Done", Set.of(), NOW));
        mentor.mentorshipEnded(new BigDecimal("2.00"), NOW);
        assertTrue(mentor.hasFreeCapacity());
    }

    @Test
    void shouldNeverLetLoadGoBelowZero() {
        Load load = new Load().minus(new BigDecimal("3.00"));
        assertEquals(0, load.activeMentorships());
        assertEquals(0, load.committedHours().signum());
    }

    @Test
    void shouldNotChangeKindOfApprovedMentor() {
        Mentor mentor = Mentor.register("0751", details(MentorKind.VOLUNTEER, List.of()), NOW);
        mentor.moveTo(MentorStatus.APPROVED, "ok", Set.of(), NOW);
        assertThrows(RuleViolation.class, () -> mentor.edit(
                details(MentorKind.PAID_SOCIAL_MENTOR, List.of("LAB_167")), NOW));
    }
}
