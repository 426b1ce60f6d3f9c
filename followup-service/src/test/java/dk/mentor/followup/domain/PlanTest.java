package dk.mentor.followup.domain;

import static dk.mentor.followup.domain.Fixtures.AARHUS;
import static dk.mentor.followup.domain.Fixtures.CASEWORKER;
import static dk.mentor.followup.domain.Fixtures.KOBENHAVN;
import static dk.mentor.followup.domain.Fixtures.NOW;
import static dk.mentor.followup.domain.Fixtures.OPENED;
import static dk.mentor.followup.domain.Fixtures.fields;
import static dk.mentor.followup.domain.Fixtures.messages;
import static dk.mentor.followup.domain.Fixtures.plan;
import static dk.mentor.followup.domain.Fixtures.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.contracts.codes.ClosureOutcome;
import dk.mentor.contracts.codes.LegalLine;
import dk.mentor.contracts.rules.RuleViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanTest {

    private static final LocalDate CLOSED = LocalDate.of(2026, 10, 1);

    private final Plan plan = plan();

    @Test
    void shouldOpenActiveOwnedByTheMunicipalityAndCaseworkerOnTheGivenDay() {
        UUID citizen = UUID.randomUUID();
        Plan opened = Plan.open(citizen, AARHUS, CASEWORKER, LegalLine.SOCIAL, "A home", List.of("A"), List.of(),
                OPENED, NOW);

        assertEquals(Plan.Status.ACTIVE, opened.status());
        assertTrue(opened.active());
        assertEquals(citizen, opened.citizenId());
        assertEquals(AARHUS, opened.ownerMunicipality());
        assertEquals(CASEWORKER, opened.coordinatingCaseworker());
        assertEquals(LegalLine.SOCIAL, opened.line());
        assertEquals(OPENED, opened.openedOn());
        assertEquals(NOW, opened.openedAt());
        assertNull(opened.closedOn());
        assertNull(opened.outcome());
        assertNull(opened.aftercareUntil());
    }

    @Test
    void shouldNotBeChangedByLaterChangesToTheListsItWasOpenedWith() {
        List<String> groups = new ArrayList<>(List.of("A"));
        List<LinkedPlan> linked = new ArrayList<>(List.of(new LinkedPlan(LinkedPlan.Kind.JOB_PLAN, "FASIT", "J-1")));
        Plan opened = Plan.open(UUID.randomUUID(), AARHUS, CASEWORKER, LegalLine.EMPLOYMENT, "A job", groups, linked,
                OPENED, NOW);

        groups.add("B");
        linked.clear();

        assertEquals(List.of("A"), opened.targetGroups());
        assertEquals(List.of("J-1"), opened.linkedPlans().stream().map(LinkedPlan::reference).toList());
    }

    @Test
    void shouldReviseGoalAndReplaceLinkedPlansWhileActive() {
        plan.revise("Education", List.of(new LinkedPlan(LinkedPlan.Kind.REHABILITATION_PLAN, "KMD", "R-7")));

        assertEquals("Education", plan.longTermGoal());
        assertEquals(List.of(LinkedPlan.Kind.REHABILITATION_PLAN), plan.linkedPlans().stream().map(LinkedPlan::kind).toList());
    }

    @Test
    void shouldCloseWithCodedOutcomeAndClosureDataset() {
        plan.close(ClosureOutcome.JOB, CLOSED, 0, "2 placements", "Monthly calls");

        assertEquals(Plan.Status.CLOSED, plan.status());
        assertFalse(plan.active());
        assertEquals(ClosureOutcome.JOB, plan.outcome());
        assertEquals(CLOSED, plan.closedOn());
        assertEquals("2 placements", plan.effortsSummary());
        assertEquals("Monthly calls", plan.plannedFutureEfforts());
    }

    @Test
    void shouldCloseOnTheDayItOpened() {
        plan.close(ClosureOutcome.DROPPED_OUT, OPENED, 0, null, null);

        assertEquals(OPENED, plan.closedOn());
    }

    @Test
    void shouldRefuseClosingTheDayBeforeItOpened() {
        RuleViolation refusal = refused(() -> plan.close(ClosureOutcome.JOB, OPENED.minusDays(1), 0, null, null));

        assertEquals("A plan cannot close before it opened on 2026-01-05", refusal.getMessage());
        assertEquals(List.of("closedOn"), fields(refusal));
        assertEquals(List.of("must be on or after 2026-01-05"), messages(refusal));
        assertTrue(plan.active());
    }

    @Test
    void shouldHaveNoAftercareWhenClosedWithZeroMonths() {
        plan.close(ClosureOutcome.JOB, CLOSED, 0, null, null);

        assertNull(plan.aftercareUntil());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 6, Plan.MAX_AFTERCARE_MONTHS})
    void shouldRunAftercareTheGivenMonthsFromTheClosingDay(int months) {
        plan.close(ClosureOutcome.JOB, CLOSED, months, null, null);

        assertEquals(CLOSED.plusMonths(months), plan.aftercareUntil());
    }

    @Test
    void shouldEndAftercareOnTheLastDayOfAShorterMonth() {
        plan.close(ClosureOutcome.JOB, LocalDate.of(2027, 1, 31), 1, null, null);

        assertEquals(LocalDate.of(2027, 2, 28), plan.aftercareUntil());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, Plan.MAX_AFTERCARE_MONTHS + 1})
    void shouldRefuseAftercareOutsideZeroToTwelveMonthsAndStayActive(int months) {
        RuleViolation refusal = refused(() -> plan.close(ClosureOutcome.JOB, CLOSED, months, null, null));

        assertEquals("Aftercare lasts at most 12 months", refusal.getMessage());
        assertEquals(List.of("aftercareMonths"), fields(refusal));
        assertEquals(List.of("must be 0 to 12"), messages(refusal));
        assertTrue(plan.active());
        assertNull(plan.outcome());
    }

    @Test
    void shouldRefuseClosingAClosedPlanAndKeepTheFirstOutcome() {
        plan.close(ClosureOutcome.JOB, CLOSED, 0, null, null);

        RuleViolation refusal = refused(() -> plan.close(ClosureOutcome.PRISON, CLOSED.plusDays(1), 0, null, null));

        assertEquals("The plan is closed", refusal.getMessage());
        assertTrue(refusal.issues().isEmpty());
        assertEquals(ClosureOutcome.JOB, plan.outcome());
        assertEquals(CLOSED, plan.closedOn());
    }

    @Test
    void shouldRefuseRevisingAClosedPlan() {
        plan.close(ClosureOutcome.JOB, CLOSED, 6, null, null);

        RuleViolation refusal = refused(() -> plan.revise("Something else", List.of()));

        assertEquals("The plan is closed", refusal.getMessage());
        assertEquals("A job", plan.longTermGoal());
    }

    @Test
    void shouldRefuseHandingOverAClosedPlan() {
        plan.close(ClosureOutcome.MOVED_MUNICIPALITY, CLOSED, 0, null, null);

        refused(() -> plan.handOverTo(KOBENHAVN, "cw-kbh"));

        assertEquals(AARHUS, plan.ownerMunicipality());
        assertEquals(CASEWORKER, plan.coordinatingCaseworker());
    }

    @Test
    void shouldRefuseWhatNeedsAnActivePlanOnceClosedEvenWithinAftercare() {
        plan.close(ClosureOutcome.JOB, CLOSED, 12, null, null);

        assertEquals("The plan is closed", refused(plan::requireActive).getMessage());
    }

    @Test
    void shouldMoveOwnershipAndCaseworkerWhenHandedOverWhileActive() {
        plan.handOverTo(KOBENHAVN, "cw-kbh");

        assertEquals(KOBENHAVN, plan.ownerMunicipality());
        assertEquals("cw-kbh", plan.coordinatingCaseworker());
        assertTrue(plan.active());
    }

    @Test
    void shouldTakeMeetingsOnAnyDayWhileActive() {
        assertTrue(plan.openForMeetingsOn(OPENED));
        assertTrue(plan.openForMeetingsOn(OPENED.plusYears(3)));
    }

    @Test
    void shouldTakeAMeetingHeldWhileActiveOnceClosedWithoutAftercare() {
        Plan plan = plan();
        LocalDate closed = LocalDate.of(2026, 10, 1);
        plan.close(ClosureOutcome.JOB, closed, 0, null, null);

        assertTrue(plan.openForMeetingsOn(closed), "the closing day");
        assertTrue(plan.openForMeetingsOn(closed.minusDays(3)), "a day while the plan was active");
        assertFalse(plan.openForMeetingsOn(closed.plusDays(1)), "the day after");
    }

    @Test
    void shouldTakeMeetingsUpToAndIncludingTheLastDayOfAftercare() {
        plan.close(ClosureOutcome.JOB, CLOSED, 3, null, null);

        assertTrue(plan.openForMeetingsOn(CLOSED.plusDays(1)));
        assertTrue(plan.openForMeetingsOn(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void shouldRefuseMeetingsTheDayAfterAftercareEnds() {
        plan.close(ClosureOutcome.JOB, CLOSED, 3, null, null);

        assertFalse(plan.openForMeetingsOn(LocalDate.of(2027, 1, 2)));
    }

    @Test
    void shouldRefuseMeetingsAfterClosureWithoutAftercare() {
        plan.close(ClosureOutcome.JOB, CLOSED, 0, null, null);

        assertFalse(plan.openForMeetingsOn(CLOSED.plusDays(1)));
    }
}
