package dk.mentor.catalog.application;

import dk.mentor.catalog.domain.TrainingCourse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** What a mentor has attended, and the totals a coordinator looks at. */
public record TrainingStatus(UUID mentorId, boolean startCourseCompleted, BigDecimal totalHours, BigDecimal totalCost,
                             LocalDate lastAttendedOn, List<Line> attendances) {

    public record Line(UUID attendanceId, UUID courseId, String courseTitle, TrainingCourse.Kind courseKind,
                       LocalDate heldOn, BigDecimal hours, BigDecimal cost) {
    }

    static TrainingStatus of(UUID mentorId, List<Line> lines) {
        List<Line> ordered = lines.stream().sorted(Comparator.comparing(Line::heldOn)).toList();
        return new TrainingStatus(mentorId,
                lines.stream().anyMatch(l -> l.courseKind() == TrainingCourse.Kind.START_COURSE),
                lines.stream().map(Line::hours).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
                lines.stream().map(Line::cost).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
                ordered.isEmpty() ? null : ordered.get(ordered.size() - 1).heldOn(), ordered);
    }
}
