package dk.mentor.followup.domain;

import static dk.mentor.followup.domain.Fixtures.CASEWORKER;
import static dk.mentor.followup.domain.Fixtures.NOW;
import static dk.mentor.followup.domain.Fixtures.fields;
import static dk.mentor.followup.domain.Fixtures.labMentor;
import static dk.mentor.followup.domain.Fixtures.messages;
import static dk.mentor.followup.domain.Fixtures.participant;
import static dk.mentor.followup.domain.Fixtures.plan;
import static dk.mentor.followup.domain.Fixtures.refused;
import static dk.mentor.followup.domain.Fixtures.renewal;
import static dk.mentor.followup.domain.Fixtures.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.contracts.codes.ParticipantRole;
import dk.mentor.contracts.rules.RuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The written mentor agreement: its period, the 6-month limit of a LAB grant, and renewals. */
class MentorAgreementRulesTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 2);
    /** The last day of six months counted from FROM, both ends included. */
    private static final LocalDate SIX_MONTHS = LocalDate.of(2027, 5, 1);
    private static final String SIX_MONTH_REASON =
            "A mentor agreement under LAB_167 runs at most 6 months; renew it with an assessment to go on";

    private final Plan plan = plan();
    private final Participant mentor = labMentor(plan, "hanne", FROM);

    @Test
    void shouldMakeAnAgreementForTheParticipationWithItsTerms() {
        MentorAgreement a = MentorAgreement.make(mentor, Bases.of(mentor), terms(FROM, FROM.plusMonths(3)), null, CASEWORKER, NOW);

        assertEquals(plan.id(), a.planId());
        assertEquals(mentor.id(), a.participantId());
        assertEquals("Keep the placement", a.goal());
        assertEquals("Hanne Mentor", a.mentorName());
        assertEquals(FROM, a.periodFrom());
        assertEquals(FROM.plusMonths(3), a.periodTo());
        assertEquals(BigDecimal.valueOf(3.5), a.hoursPerWeek());
        assertFalse(a.activation());
        assertNull(a.renews());
        assertEquals(CASEWORKER, a.createdBy());
        assertEquals(NOW, a.createdAt());
    }

    @Test
    void shouldRefuseAnAgreementLackingTermsNamingEachOne() {
        AgreementTerms partial = new AgreementTerms("Keep the placement", "Hanne", null, " ", FROM, null, null, null, false,
                null, null);

        RuleViolation refusal = refused(() -> MentorAgreement.make(mentor, Bases.of(mentor), partial, null, CASEWORKER, NOW));

        assertEquals("The mentor agreement lacks required terms", refusal.getMessage());
        assertEquals(List.of("mentorContact", "tasks", "periodTo", "hoursPerWeek", "complaintGuidance"), fields(refusal));
    }

    @Test
    void shouldRefuseAPeriodThatEndsTheDayBeforeItStarts() {
        RuleViolation refusal = refused(() -> MentorAgreement.make(mentor, Bases.of(mentor), terms(FROM, FROM.minusDays(1)), null,
                CASEWORKER, NOW));

        assertEquals("The period ends before it starts", refusal.getMessage());
        assertEquals(List.of("periodTo"), fields(refusal));
        assertEquals(List.of("must be on or after periodFrom"), messages(refusal));
    }

    @Test
    void shouldAcceptAOneDayPeriod() {
        assertEquals(FROM, MentorAgreement.make(mentor, Bases.of(mentor), terms(FROM, FROM), null, CASEWORKER, NOW).periodTo());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-1"})
    void shouldRefuseNoOrNegativeHoursPerWeek(String hours) {
        AgreementTerms t = withHours(new BigDecimal(hours));

        RuleViolation refusal = refused(() -> MentorAgreement.make(mentor, Bases.of(mentor), t, null, CASEWORKER, NOW));

        assertEquals("Hours per week must be more than zero", refusal.getMessage());
        assertEquals(List.of("hoursPerWeek"), fields(refusal));
    }

    @Test
    void shouldAcceptHalfAnHourPerWeek() {
        assertEquals(new BigDecimal("0.5"),
                MentorAgreement.make(mentor, Bases.of(mentor), withHours(new BigDecimal("0.5")), null, CASEWORKER, NOW).hoursPerWeek());
    }

    @Test
    void shouldAcceptALabAgreementOfExactlySixMonths() {
        MentorAgreement a = MentorAgreement.make(mentor, Bases.of(mentor), terms(FROM, SIX_MONTHS), null, CASEWORKER, NOW);

        assertEquals(SIX_MONTHS, a.periodTo());
    }

    @Test
    void shouldRefuseALabAgreementOneDayOverSixMonths() {
        RuleViolation refusal = refused(() -> MentorAgreement.make(mentor, Bases.of(mentor), terms(FROM, SIX_MONTHS.plusDays(1)), null,
                CASEWORKER, NOW));

        assertEquals(SIX_MONTH_REASON, refusal.getMessage());
        assertEquals(List.of("periodTo"), fields(refusal));
        assertEquals(List.of("at most " + SIX_MONTHS), messages(refusal));
    }

    @Test
    void shouldCountSixMonthsFromTheFirstOfJanuaryToTheThirtiethOfJune() {
        LocalDate january = LocalDate.of(2026, 1, 1);

        MentorAgreement.make(mentor, Bases.of(mentor), terms(january, LocalDate.of(2026, 6, 30)), null, CASEWORKER, NOW);
        refused(() -> MentorAgreement.make(mentor, Bases.of(mentor), terms(january, LocalDate.of(2026, 7, 1)), null, CASEWORKER, NOW));
    }

    static Stream<Arguments> labMentoring() {
        return Stream.of(
                Arguments.of(ParticipantRole.LAB_MENTOR, Bases.LAB_MENTOR),
                Arguments.of(ParticipantRole.COMPANY_MENTOR, Bases.LAB_MENTOR),
                Arguments.of(ParticipantRole.VOLUNTEER_MENTOR, Bases.LAB_MENTOR));
    }

    @ParameterizedTest
    @MethodSource("labMentoring")
    void shouldHoldEveryRoleActingUnderLab167ToSixMonths(ParticipantRole role, LegalBasisTerms basis) {
        Participant p = participant(plan, role, basis, "p", FROM);

        MentorAgreement.make(p, Bases.of(p), terms(FROM, SIX_MONTHS), null, CASEWORKER, NOW);
        assertEquals(SIX_MONTH_REASON,
                refused(() -> MentorAgreement.make(p, Bases.of(p), terms(FROM, SIX_MONTHS.plusDays(1)), null, CASEWORKER, NOW))
                        .getMessage());
    }

    /** The 6-month limit came with § 167 in 2020; the sources give none for § 78 and § 31 b before it. */
    static Stream<Arguments> otherBases() {
        return Stream.of(
                Arguments.of(ParticipantRole.LAB_MENTOR, Bases.LAB_MENTOR_2014),
                Arguments.of(ParticipantRole.LAB_MENTOR, Bases.LAB_MENTOR_2009),
                Arguments.of(ParticipantRole.SUPPORT_CONTACT_PERSON_SEL85, Bases.SEL_SOCIAL_PEDAGOGICAL_SUPPORT),
                Arguments.of(ParticipantRole.CONTACT_PERSON_SEL99, Bases.SEL_CONTACT_PERSON),
                Arguments.of(ParticipantRole.INTEGRATION_MENTOR, Bases.INTEGRATION),
                Arguments.of(ParticipantRole.VOLUNTEER_MENTOR, Bases.VOLUNTARY));
    }

    @ParameterizedTest
    @MethodSource("otherBases")
    void shouldAllowAYearLongAgreementOutsideLab167(ParticipantRole role, LegalBasisTerms basis) {
        Participant p = participant(plan, role, basis, "p", FROM);

        MentorAgreement a = MentorAgreement.make(p, Bases.of(p), terms(FROM, FROM.plusYears(1)), null, CASEWORKER, NOW);

        assertEquals(FROM.plusYears(1), a.periodTo());
    }

    @Test
    void shouldRenewWithTheRecordedAssessment() {
        MentorAgreement first = MentorAgreement.make(mentor, Bases.of(mentor), terms(FROM, SIX_MONTHS), null, CASEWORKER, NOW);

        MentorAgreement second = MentorAgreement.make(mentor, Bases.of(mentor), renewal(first, SIX_MONTHS.plusDays(1),
                LocalDate.of(2027, 11, 1), "Rating rose from 3 to 5"), first, CASEWORKER, NOW);

        assertEquals(first.id(), second.renews());
        assertEquals("Rating rose from 3 to 5", second.renewalAssessment());
    }

    @Test
    void shouldHoldARenewalToSixMonthsToo() {
        MentorAgreement first = MentorAgreement.make(mentor, Bases.of(mentor), terms(FROM, SIX_MONTHS), null, CASEWORKER, NOW);

        RuleViolation refusal = refused(() -> MentorAgreement.make(mentor, Bases.of(mentor), renewal(first, SIX_MONTHS.plusDays(1),
                LocalDate.of(2027, 11, 2), "Still needed"), first, CASEWORKER, NOW));

        assertEquals(SIX_MONTH_REASON, refusal.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void shouldRefuseARenewalWithoutTheAssessmentBehindIt(String assessment) {
        MentorAgreement first = MentorAgreement.make(mentor, Bases.of(mentor), terms(FROM, SIX_MONTHS), null, CASEWORKER, NOW);

        RuleViolation refusal = refused(() -> MentorAgreement.make(mentor, Bases.of(mentor), renewal(first, SIX_MONTHS.plusDays(1),
                LocalDate.of(2027, 8, 1), assessment), first, CASEWORKER, NOW));

        assertEquals("A renewal needs the recorded assessment behind it", refusal.getMessage());
        assertEquals(List.of("renewalAssessment"), fields(refusal));
    }

    @Test
    void shouldRefuseARenewalWithoutAnAssessmentAtAll() {
        MentorAgreement first = MentorAgreement.make(mentor, Bases.of(mentor), terms(FROM, SIX_MONTHS), null, CASEWORKER, NOW);

        RuleViolation refusal = refused(() -> MentorAgreement.make(mentor, Bases.of(mentor), renewal(first, SIX_MONTHS.plusDays(1),
                LocalDate.of(2027, 8, 1), null), first, CASEWORKER, NOW));

        assertEquals(List.of("is required for a renewal"), messages(refusal));
    }

    @Test
    void shouldRefuseRenewingAnAgreementThatCannotBeFound() {
        MentorAgreement first = MentorAgreement.make(mentor, Bases.of(mentor), terms(FROM, SIX_MONTHS), null, CASEWORKER, NOW);

        RuleViolation refusal = refused(() -> MentorAgreement.make(mentor, Bases.of(mentor), renewal(first, SIX_MONTHS.plusDays(1),
                LocalDate.of(2027, 8, 1), "Needed"), null, CASEWORKER, NOW));

        assertEquals("Only an agreement of the same participation can be renewed", refusal.getMessage());
        assertEquals(List.of("renews"), fields(refusal));
        assertEquals(List.of("no such agreement"), messages(refusal));
    }

    @Test
    void shouldRefuseRenewingAnotherParticipationsAgreement() {
        Participant other = labMentor(plan, "other", FROM);
        MentorAgreement theirs = MentorAgreement.make(other, Bases.of(other), terms(FROM, SIX_MONTHS), null, CASEWORKER, NOW);

        RuleViolation refusal = refused(() -> MentorAgreement.make(mentor, Bases.of(mentor), renewal(theirs, SIX_MONTHS.plusDays(1),
                LocalDate.of(2027, 8, 1), "Needed"), theirs, CASEWORKER, NOW));

        assertEquals(List.of("renews"), fields(refusal));
    }

    @Test
    void shouldRefuseARenewalStartingTheSameDayAsTheAgreementItRenews() {
        MentorAgreement first = MentorAgreement.make(mentor, Bases.of(mentor), terms(FROM, FROM.plusMonths(2)), null, CASEWORKER, NOW);

        RuleViolation refusal = refused(() -> MentorAgreement.make(mentor, Bases.of(mentor), renewal(first, FROM, FROM.plusMonths(4),
                "Needed"), first, CASEWORKER, NOW));

        assertEquals("A renewal starts after the agreement it renews", refusal.getMessage());
        assertEquals(List.of("periodFrom"), fields(refusal));
        assertEquals(List.of("must be after 2026-11-02"), messages(refusal));
    }

    @Test
    void shouldAcceptARenewalStartingTheDayAfterTheRenewedAgreementStarted() {
        MentorAgreement first = MentorAgreement.make(mentor, Bases.of(mentor), terms(FROM, FROM.plusMonths(2)), null, CASEWORKER, NOW);

        MentorAgreement second = MentorAgreement.make(mentor, Bases.of(mentor), renewal(first, FROM.plusDays(1), FROM.plusMonths(4),
                "Needed"), first, CASEWORKER, NOW);

        assertEquals(FROM.plusDays(1), second.periodFrom());
    }

    @Test
    void shouldPutTheMidwayEvaluationInTheMiddleOfTheSixMonths() {
        MentorAgreement a = MentorAgreement.make(mentor, Bases.of(mentor), terms(FROM, SIX_MONTHS), null, CASEWORKER, NOW);

        assertEquals(LocalDate.of(2027, 1, 31), a.midway());
    }

    @Test
    void shouldRoundTheMiddleOfAnOddPeriodDown() {
        MentorAgreement a = MentorAgreement.make(mentor, Bases.of(mentor), terms(FROM, FROM.plusDays(3)), null, CASEWORKER, NOW);

        assertEquals(FROM.plusDays(1), a.midway());
    }

    @Test
    void shouldPutTheMidwayOfAOneDayAgreementOnThatDay() {
        assertEquals(FROM, MentorAgreement.make(mentor, Bases.of(mentor), terms(FROM, FROM), null, CASEWORKER, NOW).midway());
    }

    @Test
    void shouldCoverItsPeriodIncludingBothEnds() {
        MentorAgreement a = MentorAgreement.make(mentor, Bases.of(mentor), terms(FROM, SIX_MONTHS), null, CASEWORKER, NOW);

        assertTrue(a.coversDay(FROM));
        assertTrue(a.coversDay(SIX_MONTHS));
        assertFalse(a.coversDay(FROM.minusDays(1)));
        assertFalse(a.coversDay(SIX_MONTHS.plusDays(1)));
    }

    private static AgreementTerms withHours(BigDecimal hours) {
        AgreementTerms t = terms(FROM, FROM.plusMonths(3));
        return new AgreementTerms(t.goal(), t.mentorName(), t.mentorContact(), t.tasks(), t.periodFrom(), t.periodTo(),
                hours, t.complaintGuidance(), t.activation(), null, null);
    }
}
