package dk.mentor.followup.domain;

import static dk.mentor.followup.domain.Fixtures.NOW;
import static dk.mentor.followup.domain.Fixtures.details;
import static dk.mentor.followup.domain.Fixtures.labMentor;
import static dk.mentor.followup.domain.Fixtures.participant;
import static dk.mentor.followup.domain.Fixtures.plan;
import static dk.mentor.followup.domain.Fixtures.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.mentor.contracts.codes.Attendance;
import dk.mentor.contracts.codes.ClaimHold;
import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.contracts.codes.ParticipantRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which holds keep a logged meeting's money out of a refusion claim, one audit question at a time. */
class ClaimJudgementTest {

    private static final LocalDate START = LocalDate.of(2026, 6, 1);
    private static final LocalDate END = LocalDate.of(2026, 11, 30);
    /** A Wednesday inside the grant. */
    private static final LocalDate DAY = LocalDate.of(2026, 11, 18);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final Plan plan = plan();
    private final Participant hanne = fromMentorship(Bases.LAB_MENTOR, BigDecimal.valueOf(3));
    private final MentorAgreement agreement = MentorAgreement.make(hanne, Bases.of(hanne), terms(START, END), null, "cw", NOW);

    @Test
    void shouldHoldNothingOnAnAgreedMeetingWithinGrantAndHours() {
        assertEquals(List.of(), judge(hanne, List.of(agreement), List.of(), false).holds(lab(DAY, 60)));
    }

    @Test
    void shouldHoldAMeetingAfterTheParticipationEnded() {
        hanne.end(DAY.minusDays(1));

        assertEquals(List.of(ClaimHold.NO_ACTIVE_PARTICIPATION),
                judge(hanne, List.of(agreement), List.of(), false).holds(lab(DAY, 60)));
    }

    @Test
    void shouldHoldAMeetingTheDayAfterTheGrantEndsButNotOnItsLastDay() {
        MentorAgreement longer = MentorAgreement.make(hanne, Bases.of(hanne), terms(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 31)),
                null, "cw", NOW);
        ClaimJudgement judgement = new ClaimJudgement(hanne, List.of(hanne), List.of(longer), List.of(), false,
                LocalDate.of(2026, 12, 10));

        assertEquals(List.of(), judgement.holds(lab(END, 60)));
        assertEquals(List.of(ClaimHold.OUTSIDE_PERIOD), judgement.holds(lab(END.plusDays(1), 60)));
    }

    @Test
    void shouldHoldAMeetingDatedAfterTheDayItIsLogged() {
        assertEquals(List.of(ClaimHold.FUTURE_DATE),
                judge(hanne, List.of(agreement), List.of(), false).holds(lab(TODAY.plusDays(1), 60)));
    }

    @Test
    void shouldHoldMinutesUnderABasisNotYetInForceOnTheDay() {
        Participant old = participant(plan, ParticipantRole.LAB_MENTOR, Bases.LAB_MENTOR, "ole",
                LocalDate.of(2019, 12, 1));
        LocalDate beforeTheAct = LocalDate.of(2019, 12, 20);
        MentorAgreement covering = MentorAgreement.make(old, Bases.of(old), terms(LocalDate.of(2019, 12, 1), LocalDate.of(2020, 3, 1)),
                null, "cw", NOW);

        assertEquals(List.of(ClaimHold.BASIS_NOT_IN_FORCE),
                judge(old, List.of(covering), List.of(), false).holds(lab(beforeTheAct, 60)));
    }

    @Test
    void shouldHoldEmploymentMinutesForAnAnonymousCitizen() {
        assertEquals(List.of(ClaimHold.BASIS_NOT_IN_FORCE),
                judge(hanne, List.of(agreement), List.of(), true).holds(lab(DAY, 60)));
    }

    @Test
    void shouldNotHoldSection99MinutesForAnAnonymousCitizen() {
        Participant contact = participant(plan, ParticipantRole.CONTACT_PERSON_SEL99, Bases.SEL_CONTACT_PERSON,
                "kim", START);
        MeetingDetails meeting = details(DAY, 60, Attendance.HELD, Map.of())
                .checkedAgainst(Set.of(Bases.SEL_CONTACT_PERSON));

        assertEquals(List.of(), judge(contact, List.of(), List.of(), true).holds(meeting));
    }

    @Test
    void shouldHoldALabMeetingWithoutAWrittenAgreementCoveringTheDay() {
        MentorAgreement ended = MentorAgreement.make(hanne, Bases.of(hanne), terms(START, DAY.minusDays(1)), null, "cw", NOW);

        assertEquals(List.of(ClaimHold.AGREEMENT_MISSING), judge(hanne, List.of(), List.of(), false).holds(lab(DAY, 60)));
        assertEquals(List.of(ClaimHold.AGREEMENT_MISSING),
                judge(hanne, List.of(ended), List.of(), false).holds(lab(DAY, 60)));
    }

    @Test
    void shouldHoldTheMeetingThatTakesTheWeekOverTheOrderedHours() {
        // Monday and Tuesday of the same week, and the Sunday before it (another week)
        List<Meeting> others = List.of(meeting(LocalDate.of(2026, 11, 16), 60), meeting(LocalDate.of(2026, 11, 17), 60),
                meeting(LocalDate.of(2026, 11, 15), 120));
        ClaimJudgement judgement = judge(hanne, List.of(agreement), others, false);

        assertEquals(List.of(), judgement.holds(lab(DAY, 60)));
        assertEquals(List.of(ClaimHold.HOURS_OVER_ORDER), judgement.holds(lab(DAY, 61)));
    }

    @Test
    void shouldTakeTheAgreementsHoursWhenTheMentorshipOrderedNone() {
        Participant manual = labMentor(plan, "ole", START);
        MentorAgreement agreed = MentorAgreement.make(manual, Bases.of(manual), terms(START, END), null, "cw", NOW); // 3.5 hours

        ClaimJudgement judgement = judge(manual, List.of(agreed), List.of(), false);

        assertEquals(List.of(), judgement.holds(lab(DAY, 210)));
        assertEquals(List.of(ClaimHold.HOURS_OVER_ORDER), judgement.holds(lab(DAY, 211)));
    }

    @Test
    void shouldListEveryHoldThatApplies() {
        hanne.end(START);

        assertEquals(List.of(ClaimHold.NO_ACTIVE_PARTICIPATION, ClaimHold.OUTSIDE_PERIOD, ClaimHold.FUTURE_DATE,
                        ClaimHold.AGREEMENT_MISSING, ClaimHold.HOURS_OVER_ORDER),
                judge(hanne, List.of(agreement), List.of(), false).holds(lab(END.plusDays(1), 240)));
    }

    private Participant fromMentorship(LegalBasisTerms basis, BigDecimal hours) {
        return Participant.fromMentorship(plan.id(), new Participant.Mentorship(UUID.randomUUID(), UUID.randomUUID(),
                "Hanne", "hanne", "PAID", ParticipantRole.LAB_MENTOR, basis, END, hours, null), START, NOW);
    }

    private ClaimJudgement judge(Participant p, List<MentorAgreement> agreements, List<Meeting> others,
                                 boolean anonymous) {
        return new ClaimJudgement(p, List.of(p), agreements, others, anonymous, TODAY);
    }

    private MeetingDetails lab(LocalDate day, int minutes) {
        return details(day, minutes, Attendance.HELD, Map.of()).checkedAgainst(Set.of(Bases.LAB_MENTOR));
    }

    private Meeting meeting(LocalDate day, int minutes) {
        return Meeting.log(plan.id(), hanne, "hanne", lab(day, minutes), List.of(), NOW);
    }
}
