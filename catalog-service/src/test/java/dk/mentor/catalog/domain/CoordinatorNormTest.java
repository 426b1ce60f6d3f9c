package dk.mentor.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The guide's norm (000 p.22): 3-4 hours a week per 20 mentors, teaching excluded, scaled to the mentors assigned. */
class CoordinatorNormTest {

    private final CoordinatorNorm guide = CoordinatorNorm.add(new CoordinatorNorm.Terms(20, new BigDecimal("3.00"),
            new BigDecimal("4.00"), true, LocalDate.of(2009, 7, 6), null, "guide"), "test", Instant.EPOCH);

    @Test
    void shouldScaleTheNormToTheMentorsAssigned() {
        assertEquals(new BigDecimal("3.00"), guide.expectedMin(20));
        assertEquals(new BigDecimal("4.00"), guide.expectedMax(20));
        assertEquals(new BigDecimal("4.50"), guide.expectedMin(30));
        assertEquals(new BigDecimal("0.00"), guide.expectedMax(0));
    }

    @Test
    void shouldLeaveTeachingOutOfTheVerdict() {
        assertEquals(CoordinatorNorm.Verdict.UNDER, guide.judge(20, new BigDecimal("2.50"), new BigDecimal("6")));
        assertEquals(CoordinatorNorm.Verdict.WITHIN, guide.judge(20, new BigDecimal("3.50"), new BigDecimal("6")));
        assertEquals(CoordinatorNorm.Verdict.OVER, guide.judge(20, new BigDecimal("4.25"), BigDecimal.ZERO));
    }

    @Test
    void shouldCountTeachingWhenTheNormIncludesIt() {
        CoordinatorNorm withTeaching = CoordinatorNorm.add(new CoordinatorNorm.Terms(20, new BigDecimal("3"),
                new BigDecimal("4"), false, LocalDate.of(2027, 1, 1), null, "own"), "test", Instant.EPOCH);
        assertEquals(CoordinatorNorm.Verdict.WITHIN, withTeaching.judge(20, new BigDecimal("2.50"), new BigDecimal("1")));
    }
}
