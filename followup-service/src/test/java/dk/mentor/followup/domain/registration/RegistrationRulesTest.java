package dk.mentor.followup.domain.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.contracts.codes.ClosureOutcome;
import dk.mentor.contracts.rules.RuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegistrationRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    static RegistrationAnswers quarterly(BigDecimal hours) {
        return new RegistrationAnswers(null, null, null, null, null, null, null, null, null, Set.of(), null, null, null,
                null, null, null, hours, true, false, false, true, false, true, false, null, null, null, null, null, Set.of());
    }

    @Test
    void shouldAcceptTheTickBoxesOfAQuarterlyRegistration() {
        RegistrationRules.check(RegistrationKind.QUARTERLY, quarterly(new BigDecimal("20")));
    }

    @Test
    void shouldNameEveryFieldThatDoesNotFitTheKind() {
        RuleViolation e = assertThrows(RuleViolation.class, () -> RegistrationRules.check(RegistrationKind.START, quarterly(null)));
        List<String> fields = e.issues().stream().map(RuleViolation.FieldIssue::field).toList();
        assertTrue(fields.containsAll(List.of("ageBand", "praktikHoursPerWeek", "hoursIncreased", "newParallelEfforts")), fields.toString());
    }

    @Test
    void shouldRefuseHoursBeyondAFullWeekAndNoneCombinedWithEfforts() {
        RuleViolation hours = assertThrows(RuleViolation.class,
                () -> RegistrationRules.check(RegistrationKind.QUARTERLY, quarterly(new BigDecimal("37.5"))));
        assertEquals("praktikHoursPerWeek", hours.issues().get(0).field());
        RegistrationAnswers closure = new RegistrationAnswers(null, null, null, null, null, null, null, null, null, Set.of(),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, ClosureOutcome.JOB, 0,
                false, false, false, Set.of(PlannedEffort.NONE, PlannedEffort.JOB_SEARCH));
        RuleViolation none = assertThrows(RuleViolation.class, () -> RegistrationRules.check(RegistrationKind.CLOSURE, closure));
        assertEquals("plannedEfforts", none.issues().get(0).field());
    }

    @Test
    void shouldRefuseACprNumberInThePraktiksTasks() {
        RegistrationAnswers start = new RegistrationAnswers(AgeBand.UNDER_25, Gender.FEMALE, MatchGroup.EFFORT_READY,
                EducationLevel.VOCATIONAL, JobExperience.NONE, BenefitType.CASH_BENEFIT, BenefitDuration.UNDER_1_YEAR,
                Origin.DANISH, GoalKind.EDUCATION, Set.of(), false, CompanyType.PUBLIC, "Køkken, kontakt 010203-1234",
                false, null, null, new BigDecimal("8"), null, null, null, null, null, null, null, null, null, null, null,
                null, Set.of());
        RuleViolation e = assertThrows(RuleViolation.class, () -> RegistrationRules.check(RegistrationKind.START, start));
        assertEquals(List.of("praktikTasks"), e.issues().stream().map(RuleViolation.FieldIssue::field).toList());
    }

    @Test
    void shouldKeepTheStartFirstAndNothingAfterTheClosure() {
        LocalDate opened = TODAY.minusMonths(2);
        RuleViolation noStart = assertThrows(RuleViolation.class,
                () -> RegistrationRules.sequence(List.of(), RegistrationKind.QUARTERLY, TODAY, opened, TODAY));
        assertTrue(noStart.isStateConflict());
        RuleViolation future = assertThrows(RuleViolation.class,
                () -> RegistrationRules.sequence(List.of(), RegistrationKind.START, TODAY.plusDays(1), opened, TODAY));
        assertEquals("registeredOn", future.issues().get(0).field());
        RuleViolation beforePlan = assertThrows(RuleViolation.class,
                () -> RegistrationRules.sequence(List.of(), RegistrationKind.START, opened.minusDays(1), opened, TODAY));
        assertEquals("registeredOn", beforePlan.issues().get(0).field());
    }
}
