package dk.mentor.catalog.domain;

import dk.mentor.contracts.ids.NewIds;
import dk.mentor.contracts.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;

/** One held session of a course: its day, length and what it costs per participant (refundable training). */
@Entity
@Table(name = "training_session")
public class TrainingSession {

    @Id
    private UUID id;
    @Column(name = "course_id", nullable = false)
    private UUID courseId;
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;
    @Column(nullable = false)
    private BigDecimal hours;
    @Column(name = "cost_per_participant", nullable = false)
    private BigDecimal costPerParticipant;
    private String place;

    protected TrainingSession() {
    }

    public static TrainingSession plan(UUID courseId, LocalDate heldOn, BigDecimal hours, BigDecimal costPerParticipant,
                                       String place) {
        TrainingSession s = new TrainingSession();
        s.id = NewIds.next();
        s.courseId = courseId;
        s.heldOn = heldOn;
        s.hours = hours.setScale(2, RoundingMode.HALF_UP);
        s.costPerParticipant = costPerParticipant.setScale(2, RoundingMode.HALF_UP);
        s.place = place;
        return s;
    }

    /** A mentor attended; hours default to the whole session and can never exceed it. */
    public TrainingAttendance attendedBy(Mentor mentor, BigDecimal attendedHours, java.time.Instant now) {
        BigDecimal h = attendedHours == null ? hours : attendedHours.setScale(2, RoundingMode.HALF_UP);
        if (h.compareTo(hours) > 0) {
            throw new RuleViolation("Attended hours " + h + " exceed the session's " + hours + " hours");
        }
        if (mentor.status() == dk.mentor.contracts.codes.MentorStatus.RETIRED) {
            throw new RuleViolation("A retired mentor cannot attend training");
        }
        return TrainingAttendance.record(id, mentor.id(), h, costPerParticipant, now);
    }

    public UUID id() { return id; }
    public UUID courseId() { return courseId; }
    public LocalDate heldOn() { return heldOn; }
    public BigDecimal hours() { return hours; }
    public BigDecimal costPerParticipant() { return costPerParticipant; }
    public String place() { return place; }
}
