package dk.mentor.contracts.events;

import dk.mentor.contracts.codes.Attendance;
import dk.mentor.contracts.codes.ClaimHold;
import dk.mentor.contracts.codes.ClosureOutcome;
import dk.mentor.contracts.codes.LegalBasisCodes;
import dk.mentor.contracts.codes.MeetingPlace;
import dk.mentor.contracts.codes.MentorKind;
import dk.mentor.contracts.codes.MentorStatus;
import dk.mentor.contracts.codes.MentorshipEndReason;
import dk.mentor.contracts.codes.ParticipantRole;
import dk.mentor.contracts.codes.PlacementKind;
import dk.mentor.contracts.codes.PlacementOutcome;
import dk.mentor.contracts.codes.SharingScope;
import dk.mentor.contracts.events.catalog.MeetingWindow;
import dk.mentor.contracts.events.catalog.MentorCapacityChanged;
import dk.mentor.contracts.events.catalog.MentorProfileChanged;
import dk.mentor.contracts.events.catalog.MentorRegistered;
import dk.mentor.contracts.events.catalog.CodeListEntryChanged;
import dk.mentor.contracts.events.catalog.MentorStatusChanged;
import dk.mentor.contracts.events.catalog.TrainingAttended;
import dk.mentor.contracts.events.followup.MeetingCorrected;
import dk.mentor.contracts.events.followup.MeetingLogged;
import dk.mentor.contracts.events.followup.MinutesUnderBasis;
import dk.mentor.contracts.events.followup.OutcomeRecorded;
import dk.mentor.contracts.events.followup.PlacementEnded;
import dk.mentor.contracts.events.followup.PlacementStarted;
import dk.mentor.contracts.events.followup.PlanHandedOver;
import dk.mentor.contracts.events.followup.PlanOpened;
import dk.mentor.contracts.events.followup.ProgressionRecorded;
import dk.mentor.contracts.events.matching.MentorshipEnded;
import dk.mentor.contracts.events.matching.MentorshipRenewed;
import dk.mentor.contracts.events.matching.MentorshipStarted;
import dk.mentor.contracts.events.refusion.CeilingThresholdReached;
import dk.mentor.contracts.events.refusion.ClaimStatusChanged;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One realistic instance of every payload in {@link EventCatalog}; the schema tests need them all. */
public final class SamplePayloads {

    static final UUID MENTOR = UUID.fromString("3f2b8c1e-5d4a-4e7b-9c61-0a1b2c3d4e5f");
    static final UUID PLAN = UUID.fromString("0f1e2d3c-4b5a-4968-8776-655443322110");
    static final UUID PLACEMENT = UUID.fromString("5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d");
    static final UUID COMPANY = UUID.fromString("7c6b5a49-3827-4615-a4b3-c2d1e0f9a8b7");
    static final UUID MENTORSHIP = UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
    static final UUID MEETING = UUID.fromString("9b1d3e55-0c4f-4f8a-a3d1-6c2e7f9a0b12");
    static final Instant AT = Instant.parse("2026-03-02T08:15:00Z");
    private static final String LAB = LegalBasisCodes.LAB_167;
    private static final String SEL_85 = LegalBasisCodes.SEL_85;

    private SamplePayloads() {
    }

    public static Map<Class<? extends EventPayload>, EventPayload> byClass() {
        return Map.ofEntries(
                Map.entry(MentorRegistered.class, mentorRegistered()),
                Map.entry(MentorProfileChanged.class, mentorProfileChanged()),
                Map.entry(MentorStatusChanged.class, new MentorStatusChanged(MENTOR, "0751", 4,
                        MentorStatus.ACTIVE.name(), MentorStatus.PAUSED.name(), "Holiday until 1 August", AT)),
                Map.entry(CodeListEntryChanged.class, new CodeListEntryChanged("LEGAL_BASIS", "LAB_167", "LAB § 167 (mentor)",
                        "LAB § 167 (mentor)", LocalDate.parse("2020-01-01"), null, 2, "EMPLOYMENT",
                        "Lov om en aktiv beskæftigelsesindsats", "kapitel 26, §§ 167-171", false, 6,
                        List.of("LAB_MENTOR", "COMPANY_MENTOR", "VOLUNTEER_MENTOR", "CASEWORKER"), null, AT)),
                Map.entry(MentorCapacityChanged.class, new MentorCapacityChanged(MENTOR, "0751", 5, 4,
                        new BigDecimal("7.5"), 3, new BigDecimal("6"), AT)),
                Map.entry(TrainingAttended.class, new TrainingAttended(UUID.randomUUID(), MENTOR,
                        MentorKind.PAID_SOCIAL_MENTOR.name(), List.of(LAB), "0751", UUID.randomUUID(),
                        "START_COURSE", LocalDate.parse("2026-02-10"), new BigDecimal("3"), new BigDecimal("450"), AT)),
                Map.entry(MentorshipStarted.class, mentorshipStarted()),
                Map.entry(MentorshipRenewed.class, new MentorshipRenewed(MENTORSHIP, PLAN, MENTOR, "0746",
                        LocalDate.parse("2026-09-01"), LocalDate.parse("2027-02-28"), new BigDecimal("2"), 14, AT)),
                Map.entry(MentorshipEnded.class, new MentorshipEnded(MENTORSHIP, PLAN, MENTOR, "0751", "0746",
                        new BigDecimal("3"), MentorshipEndReason.GOAL_REACHED.name(), LocalDate.parse("2026-06-30"), AT)),
                Map.entry(PlanOpened.class, new PlanOpened(PLAN, UUID.randomUUID(), "0746",
                        List.of("ACTIVITY_READY"), LocalDate.parse("2026-03-01"), AT, false)),
                Map.entry(MeetingLogged.class, meetingLogged()),
                Map.entry(MeetingCorrected.class, new MeetingCorrected(PLAN, MEETING, 2, "0746", MENTOR, MENTORSHIP,
                        LocalDate.parse("2026-03-10"), Attendance.HELD.name(), "IN_PERSON", null,
                        List.of(new MinutesUnderBasis(LAB, 45)), 0, null, false, AT, List.of(ClaimHold.HOURS_OVER_ORDER.name()))),
                Map.entry(ProgressionRecorded.class, new ProgressionRecorded(PLAN, UUID.randomUUID(), "0746",
                        LocalDate.parse("2026-04-01"), 4, Map.of("MOTIVATION", 6, "HEALTH", 3), AT)),
                Map.entry(OutcomeRecorded.class, new OutcomeRecorded(PLAN, "0746", ClosureOutcome.JOB.name(),
                        LocalDate.parse("2026-10-01"), LocalDate.parse("2027-04-01"), AT)),
                Map.entry(PlanHandedOver.class, new PlanHandedOver(PLAN, "0746", "0751",
                        LocalDate.parse("2026-08-01"), AT)),
                Map.entry(PlacementStarted.class, new PlacementStarted(PLAN, PLACEMENT, "0751", COMPANY, "12345678",
                        PlacementKind.VIRKSOMHEDSPRAKTIK.name(), LocalDate.parse("2026-11-02"), LocalDate.parse("2027-01-29"),
                        new BigDecimal("15"), MENTOR, AT)),
                Map.entry(PlacementEnded.class, new PlacementEnded(PLAN, PLACEMENT, "0751", COMPANY, "12345678",
                        PlacementKind.LOENTILSKUD.name(), "DROPPED_OUT", PlacementOutcome.DROPPED_OUT.name(),
                        LocalDate.parse("2026-11-02"), LocalDate.parse("2026-12-04"), AT)),
                Map.entry(CeilingThresholdReached.class, new CeilingThresholdReached("0751", 2026, "REFUSION_CEILING",
                        80, new BigDecimal("812000"), new BigDecimal("1000000"), LocalDate.parse("2026-11-14"), AT, "LAB_2014")),
                Map.entry(ClaimStatusChanged.class, new ClaimStatusChanged(UUID.randomUUID(), "0751",
                        LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31"), "LAB_2009", null, "SUBMITTED",
                        new BigDecimal("9000.00"), new BigDecimal("4500.00"), AT)));
    }

    public static MentorRegistered mentorRegistered() {
        return new MentorRegistered(MENTOR, "0751", MentorKind.PAID_SOCIAL_MENTOR.name(), List.of(LAB, SEL_85), 4,
                new BigDecimal("7.50"), AT);
    }

    public static MentorProfileChanged mentorProfileChanged() {
        return new MentorProfileChanged(MENTOR, "0751", 3, "Karen Holm", MentorKind.PAID_SOCIAL_MENTOR.name(),
                MentorStatus.ACTIVE.name(), List.of(LAB, SEL_85), "mentor-aarhus", null,
                SharingScope.LISTED_MUNICIPALITIES.name(), List.of("0746"), "FEMALE", 1971, List.of("da", "ar"),
                List.of("job-search"), List.of("SUBSTANCE_MISUSE"), List.of("former-addict"),
                List.of(new MeetingWindow(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(16, 0))), false,
                List.of(MeetingPlace.JOB_CENTRE.name(), MeetingPlace.CITIZEN_HOME.name()), "0751", "8000",
                "Tidligere håndværker, taler dansk og arabisk.", true, 4, new BigDecimal("7.5"),
                new BigDecimal("150.00"), true, false, true, AT);
    }

    public static MentorshipStarted mentorshipStarted() {
        return new MentorshipStarted(MENTORSHIP, UUID.randomUUID(), PLAN, MENTOR, "Karen Holm", "mentor-aarhus",
                MentorKind.PAID_SOCIAL_MENTOR.name(), "0751", "0746", LAB, ParticipantRole.LAB_MENTOR.name(),
                List.of("ACTIVITY_READY"), new BigDecimal("3"), new BigDecimal("150.00"),
                LocalDate.parse("2026-03-02"), LocalDate.parse("2026-09-01"), AT, 7);
    }

    /** A double-role mentor's meeting: an hour as LAB mentor and half an hour as § 85 support contact person. */
    public static MeetingLogged meetingLogged() {
        return new MeetingLogged(PLAN, MEETING, 1, "0746", MENTOR, MENTORSHIP, LocalDate.parse("2026-03-10"),
                Attendance.HELD.name(), "IN_PERSON", MeetingPlace.CITIZEN_HOME.name(),
                List.of(new MinutesUnderBasis(LAB, 60), new MinutesUnderBasis(SEL_85, 30)), 20, null, true, AT, List.of());
    }
}
