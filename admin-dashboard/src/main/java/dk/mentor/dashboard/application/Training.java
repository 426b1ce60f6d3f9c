package dk.mentor.dashboard.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A mentor's training record (catalogue): courses attended, hours and what they cost. */
public record Training(Boolean startCourseCompleted, BigDecimal totalHours, BigDecimal totalCost, LocalDate lastAttendedOn,
                       List<Line> attendances) {

    public record Line(String courseTitle, String courseKind, LocalDate heldOn, BigDecimal hours, BigDecimal cost) {
    }
}
