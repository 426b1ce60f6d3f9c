package dk.mentor.refusion.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.mentor.contracts.events.catalog.TrainingAttended;
import dk.mentor.refusion.Api;
import dk.mentor.refusion.Feed;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Training attendance: the course cost, and the mentor's hours as wage when their terms pay training (E13). */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "refusion"))
class TrainingLedgerTest {

    private static final String AALBORG = "0851";

    @Test
    void shouldPostPaidTrainingHoursAsWageInExactMinutes() {
        UUID mentor = UUID.randomUUID();
        Feed.publish(Feed.profile(mentor, AALBORG, 1, "150", false, true, LocalDate.of(2009, 12, 1)));
        awaitTerms(mentor);
        UUID attendance = UUID.randomUUID();
        Feed.publish(attended(attendance, mentor, "1.99", LocalDate.of(2010, 3, 10)));

        List<Map<String, Object>> lines = awaitTrainingLines(attendance, 2);
        Map<String, Object> course = lines.get(0);
        assertEquals("TRAINING", course.get("kind"));
        assertEquals(119, course.get("minutes"));                 // 119.4 minutes, rounded
        assertEquals(500.0f, ((Number) course.get("amount")).floatValue());
        assertEquals("LAB_78", course.get("legalBasis"));         // the volunteer basis never judges it
        assertEquals("LAB_2009", course.get("regime"));
        Map<String, Object> wage = lines.get(1);
        assertEquals("TRAINING_WAGE", wage.get("kind"));
        assertEquals(119, wage.get("minutes"));
        assertEquals(298.5f, ((Number) wage.get("amount")).floatValue());   // 1.99 h x 150 kr
        assertEquals(150.0f, ((Number) wage.get("hourlyRate")).floatValue());
        assertEquals(course.get("regime"), wage.get("regime"));
        assertEquals(course.get("legalBasis"), wage.get("legalBasis"));
        assertEquals(mentor.toString(), wage.get("mentorId"));
    }

    @Test
    void shouldPostOnlyTheCourseCostWhenTrainingIsUnpaid() {
        UUID mentor = UUID.randomUUID();
        Feed.publish(Feed.profile(mentor, AALBORG, 1, "150", false, false, LocalDate.of(2009, 12, 1)));
        awaitTerms(mentor);
        UUID attendance = UUID.randomUUID();
        Feed.publish(attended(attendance, mentor, "0.999", LocalDate.of(2010, 3, 11)));

        // an attendance's lines are posted in one transaction: once one shows, all do
        List<Map<String, Object>> lines = awaitTrainingLines(attendance, 1);
        assertEquals(1, trainingLines(attendance).size());
        assertEquals("TRAINING", lines.get(0).get("kind"));
        assertEquals(60, lines.get(0).get("minutes"));            // 59.94 minutes, not cut to 59
    }

    /** The training topic is keyed by attendance: make sure the mentor's terms are in before training arrives. */
    private static void awaitTerms(UUID mentor) {
        UUID plan = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        Feed.publish(Feed.planOpened(plan, AALBORG, List.of(), LocalDate.of(2010, 1, 4)));
        Feed.publish(Feed.meeting(plan, meeting, AALBORG, mentor, LocalDate.of(2010, 2, 1), Feed.minutes("SEL_85", 30)));
        Api.awaitLines(AALBORG, meeting, 1);
    }

    private static TrainingAttended attended(UUID attendance, UUID mentor, String hours, LocalDate day) {
        return new TrainingAttended(attendance, mentor, "PAID_SOCIAL_MENTOR", List.of("VOLUNTARY", "LAB_78"), AALBORG,
                UUID.randomUUID(), "START_COURSE", day, new BigDecimal(hours), new BigDecimal("500"), Instant.now());
    }

    private static List<Map<String, Object>> trainingLines(UUID attendance) {
        return Api.lines(AALBORG, Map.of("from", "2010-03-01", "to", "2010-03-31")).stream()
                .filter(l -> attendance.toString().equals(l.get("attendanceId"))).toList();
    }

    private static List<Map<String, Object>> awaitTrainingLines(UUID attendance, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> trainingLines(attendance), lines -> lines.size() == count);
    }
}
