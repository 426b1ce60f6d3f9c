package dk.mentor.catalog.api;

import dk.mentor.catalog.application.TrainingStatus;
import dk.mentor.catalog.domain.TrainingAttendance;
import dk.mentor.catalog.domain.TrainingCourse;
import dk.mentor.catalog.domain.TrainingSession;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of training courses, sessions and attendance. */
final class TrainingDtos {

    private TrainingDtos() {
    }

    @Schema(name = "CourseRequest", description = "A training course for mentors (seed 000 pp.25-27).")
    record NewCourse(
            @Schema(description = "Kommunekode of the organising (and paying) municipality.", example = "0751")
            @NotNull @Pattern(regexp = "[0-9]{4}", message = "must be a four-digit municipality code") String organiserMunicipality,
            @Schema(ref = OpenApiComponents.TRAINING_COURSE_KIND, required = true, description = "Format of the course.",
                    example = "START_COURSE") @NotNull TrainingCourse.Kind kind,
            @Schema(description = "Title.", example = "Start course, spring 2027") @NotBlank @Size(max = 200) String title,
            @Schema(description = "Curriculum.", example = "Roles, psycho-education, conversation technique") @Size(max = 2000) String description) {
    }

    @Schema(name = "Course", description = "A training course.")
    record CourseResponse(
            @Schema(description = "Id.", example = "5a6b7c8d-1e2f-4a3b-8c9d-0e1f2a3b4c5d") UUID id,
            @Schema(description = "Organising municipality.", example = "0751") String organiserMunicipality,
            @Schema(ref = OpenApiComponents.TRAINING_COURSE_KIND, description = "Format.", example = "START_COURSE")
            TrainingCourse.Kind kind,
            @Schema(description = "Title.", example = "Start course, spring 2027") String title,
            @Schema(description = "Curriculum.", example = "Roles, psycho-education") String description,
            @Schema(description = "When created.", example = "2026-11-23T10:00:00Z") Instant createdAt) {

        static CourseResponse from(TrainingCourse c) {
            return new CourseResponse(c.id(), c.organiserMunicipality(), c.kind(), c.title(), c.description(), c.createdAt());
        }
    }

    @Schema(name = "SessionRequest", description = "One session of a course.")
    record NewSession(
            @Schema(description = "Day of the session.", example = "2027-02-03") @NotNull LocalDate heldOn,
            @Schema(description = "Length in hours.", example = "2.5") @NotNull @DecimalMin("0.25") @DecimalMax("24") BigDecimal hours,
            @Schema(description = "Cost per participant in DKK.", example = "450.00")
            @NotNull @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal costPerParticipant,
            @Schema(description = "Where.", example = "Jobcenter Aarhus, lokale 2") @Size(max = 200) String place) {
    }

    @Schema(name = "Session", description = "A session of a course.")
    record SessionResponse(
            @Schema(description = "Id.", example = "7c8d9e0f-1a2b-4c3d-8e9f-0a1b2c3d4e5f") UUID id,
            @Schema(description = "The course.", example = "5a6b7c8d-1e2f-4a3b-8c9d-0e1f2a3b4c5d") UUID courseId,
            @Schema(description = "Day.", example = "2027-02-03") LocalDate heldOn,
            @Schema(description = "Hours.", example = "2.50") BigDecimal hours,
            @Schema(description = "Cost per participant in DKK.", example = "450.00") BigDecimal costPerParticipant,
            @Schema(description = "Where.", example = "Jobcenter Aarhus") String place) {

        static SessionResponse from(TrainingSession s) {
            return new SessionResponse(s.id(), s.courseId(), s.heldOn(), s.hours(), s.costPerParticipant(), s.place());
        }
    }

    @Schema(name = "AttendanceRequest", description = "A mentor attended a session.")
    record NewAttendance(
            @Schema(description = "The mentor.", example = "3f0c2a4e-8a51-4c0e-9b1e-0d6c1f2f9a11") @NotNull UUID mentorId,
            @Schema(description = "Hours attended; the whole session when absent.", example = "2.5")
            @DecimalMin("0.25") @DecimalMax("24") BigDecimal hours) {
    }

    @Schema(name = "Attendance", description = "A recorded attendance; announced as TrainingAttended with its cost.")
    record AttendanceResponse(
            @Schema(description = "Id.", example = "9e0f1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b") UUID id,
            @Schema(description = "The session.", example = "7c8d9e0f-1a2b-4c3d-8e9f-0a1b2c3d4e5f") UUID sessionId,
            @Schema(description = "The mentor.", example = "3f0c2a4e-8a51-4c0e-9b1e-0d6c1f2f9a11") UUID mentorId,
            @Schema(description = "Hours attended.", example = "2.50") BigDecimal hours,
            @Schema(description = "Cost for this participant in DKK.", example = "450.00") BigDecimal cost,
            @Schema(description = "When recorded.", example = "2027-02-03T20:00:00Z") Instant recordedAt) {

        static AttendanceResponse from(TrainingAttendance a) {
            return new AttendanceResponse(a.id(), a.sessionId(), a.mentorId(), a.hours(), a.cost(), a.recordedAt());
        }
    }

    @Schema(name = "TrainingStatus", description = "A mentor's training record.")
    record StatusResponse(
            @Schema(description = "The mentor.", example = "3f0c2a4e-8a51-4c0e-9b1e-0d6c1f2f9a11") UUID mentorId,
            @Schema(description = "Whether the mentor attended a start course.", example = "true") boolean startCourseCompleted,
            @Schema(description = "Hours of training attended.", example = "16.00") BigDecimal totalHours,
            @Schema(description = "Cost of that training in DKK.", example = "2400.00") BigDecimal totalCost,
            @Schema(description = "Day of the last session attended.", example = "2027-02-03") LocalDate lastAttendedOn,
            @Schema(description = "Each attendance, by day.") List<Line> attendances) {

        static StatusResponse from(TrainingStatus s) {
            return new StatusResponse(s.mentorId(), s.startCourseCompleted(), s.totalHours(), s.totalCost(), s.lastAttendedOn(),
                    s.attendances().stream().map(l -> new Line(l.attendanceId(), l.courseId(), l.courseTitle(), l.courseKind(),
                            l.heldOn(), l.hours(), l.cost())).toList());
        }
    }

    @Schema(name = "TrainingLine", description = "One attended session.")
    record Line(
            @Schema(description = "The attendance.", example = "9e0f1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b") UUID attendanceId,
            @Schema(description = "The course.", example = "5a6b7c8d-1e2f-4a3b-8c9d-0e1f2a3b4c5d") UUID courseId,
            @Schema(description = "Course title.", example = "Start course") String courseTitle,
            @Schema(ref = OpenApiComponents.TRAINING_COURSE_KIND, description = "Course format.", example = "START_COURSE")
            TrainingCourse.Kind courseKind,
            @Schema(description = "Day.", example = "2027-02-03") LocalDate heldOn,
            @Schema(description = "Hours.", example = "2.50") BigDecimal hours,
            @Schema(description = "Cost in DKK.", example = "450.00") BigDecimal cost) {
    }
}
