package dk.mentor.catalog.domain;

import dk.mentor.contracts.ids.NewIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Hours a coordinator spent on one day; teaching is logged apart because the guide's norm excludes it. */
@Entity
@Table(name = "coordination_hours")
public class CoordinationHours {

    public enum Kind { COORDINATION, TEACHING }

    @Id
    private UUID id;
    @Column(name = "coordinator_id", nullable = false)
    private UUID coordinatorId;
    @Column(name = "worked_on", nullable = false)
    private LocalDate workedOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    @Column(nullable = false)
    private BigDecimal hours;
    @Column(name = "logged_by", nullable = false)
    private String loggedBy;
    @Column(name = "logged_at", nullable = false)
    private Instant loggedAt;

    protected CoordinationHours() {
    }

    public static CoordinationHours log(UUID coordinatorId, LocalDate workedOn, Kind kind, BigDecimal hours, String by,
                                        Instant now) {
        CoordinationHours h = new CoordinationHours();
        h.id = NewIds.next();
        h.coordinatorId = coordinatorId;
        h.workedOn = workedOn;
        h.kind = kind;
        h.hours = hours;
        h.loggedBy = by;
        h.loggedAt = now;
        return h;
    }

    public UUID id() { return id; }
    public UUID coordinatorId() { return coordinatorId; }
    public LocalDate workedOn() { return workedOn; }
    public Kind kind() { return kind; }
    public BigDecimal hours() { return hours; }
    public String loggedBy() { return loggedBy; }
    public Instant loggedAt() { return loggedAt; }
}
