package dk.mentor.catalog.domain;

import dk.mentor.contracts.ids.NewIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A mentor's attendance at a session, with the hours and the cost per participant it carries. */
@Entity
@Table(name = "training_attendance")
public class TrainingAttendance {

    @Id
    private UUID id;
    @Column(name = "session_id", nullable = false)
    private UUID sessionId;
    @Column(name = "mentor_id", nullable = false)
    private UUID mentorId;
    @Column(nullable = false)
    private BigDecimal hours;
    @Column(nullable = false)
    private BigDecimal cost;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected TrainingAttendance() {
    }

    static TrainingAttendance record(UUID sessionId, UUID mentorId, BigDecimal hours, BigDecimal cost, Instant now) {
        TrainingAttendance a = new TrainingAttendance();
        a.id = NewIds.next();
        a.sessionId = sessionId;
        a.mentorId = mentorId;
        a.hours = hours;
        a.cost = cost;
        a.recordedAt = now;
        return a;
    }

    public UUID id() { return id; }
    public UUID sessionId() { return sessionId; }
    public UUID mentorId() { return mentorId; }
    public BigDecimal hours() { return hours; }
    public BigDecimal cost() { return cost; }
    public Instant recordedAt() { return recordedAt; }
}
