package dk.mentor.followup.domain.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.contracts.codes.ClosureOutcome;
import dk.mentor.followup.domain.registration.AgeBand;
import dk.mentor.followup.domain.registration.BenefitDuration;
import dk.mentor.followup.domain.registration.BenefitType;
import dk.mentor.followup.domain.registration.CompanyType;
import dk.mentor.followup.domain.registration.EducationLevel;
import dk.mentor.followup.domain.registration.Gender;
import dk.mentor.followup.domain.registration.GoalKind;
import dk.mentor.followup.domain.registration.JobExperience;
import dk.mentor.followup.domain.registration.MatchGroup;
import dk.mentor.followup.domain.registration.Origin;
import dk.mentor.followup.domain.registration.Registration;
import dk.mentor.followup.domain.registration.RegistrationAnswers;
import dk.mentor.followup.domain.registration.RegistrationKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CourseFactsTest {

    static final Quarter Q3 = Quarter.parse("2026-Q3");
    static final UUID PLAN = UUID.randomUUID();

    static Registration start(LocalDate on, BigDecimal monthlyCost) {
        return Registration.record(PLAN, RegistrationKind.START, on, new RegistrationAnswers(AgeBand.AGE_30_39, Gender.MALE,
                MatchGroup.EFFORT_READY, EducationLevel.VOCATIONAL, JobExperience.NONE, BenefitType.CASH_BENEFIT,
                BenefitDuration.OVER_5_YEARS, Origin.DANISH, GoalKind.JOB, Set.of(), true, CompanyType.PRIVATE, null, true,
                null, monthlyCost, new BigDecimal("10"), null, null, null, null, null, null, null, null, null, null, null,
                null, Set.of()), null, "caseworker-aarhus", Instant.now());
    }

    static Registration closure(LocalDate on) {
        return Registration.record(PLAN, RegistrationKind.CLOSURE, on, new RegistrationAnswers(null, null, null, null, null,
                null, null, null, null, Set.of(), null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, ClosureOutcome.FLEX_JOB, 1, false, true, true, Set.of()), null, "caseworker-aarhus", Instant.now());
    }

    @Test
    void shouldCountACourseStartedBeforeAndClosedInTheQuarter() {
        CourseFacts f = CourseFacts.of(PLAN, "0751", List.of(start(LocalDate.of(2026, 6, 1), new BigDecimal("3043.75")),
                closure(LocalDate.of(2026, 7, 10))), List.of(new CourseFacts.Rating(LocalDate.of(2026, 6, 2), 3),
                new CourseFacts.Rating(LocalDate.of(2026, 7, 5), 5), new CourseFacts.Rating(LocalDate.of(2026, 10, 1), 9)), Q3).orElseThrow();
        assertFalse(f.startedInQuarter());
        assertFalse(f.activeAtEnd());
        assertEquals(ClosureOutcome.FLEX_JOB, f.closureStatus());
        assertEquals(39, f.daysInCourse(), "1 June to 10 July");
        assertEquals(2, f.scoreChange(), "ratings after the quarter do not count");
        assertEquals(new BigDecimal("1000.00"), f.registeredCost(), "10 days of a 3043.75 month (30.4375 days)");
    }

    @Test
    void shouldLeaveOutCoursesOutsideTheQuarterAndWithoutAStart() {
        assertTrue(CourseFacts.of(PLAN, "0751", List.of(start(LocalDate.of(2026, 10, 1), null)), List.of(), Q3).isEmpty());
        assertTrue(CourseFacts.of(PLAN, "0751", List.of(start(LocalDate.of(2026, 1, 5), null), closure(LocalDate.of(2026, 6, 30))),
                List.of(), Q3).isEmpty());
        assertTrue(CourseFacts.of(PLAN, "0751", List.of(), List.of(), Q3).isEmpty());
    }

    @Test
    void shouldCountAnOpenCourseToTheQuartersEnd() {
        CourseFacts f = CourseFacts.of(PLAN, "0751", List.of(start(LocalDate.of(2026, 9, 1), null)), List.of(), Q3).orElseThrow();
        assertTrue(f.startedInQuarter() && f.activeAtEnd());
        assertEquals(29, f.daysInCourse());
        assertEquals(new BigDecimal("0.00"), f.registeredCost());
        assertEquals(null, f.scoreChange());
    }
}
