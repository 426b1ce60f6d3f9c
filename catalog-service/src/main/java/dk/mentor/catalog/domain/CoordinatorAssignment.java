package dk.mentor.catalog.domain;

import dk.mentor.contracts.ids.NewIds;
import dk.mentor.contracts.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A mentor's coordinator for a period. A mentor has one fixed contact person at a time (000 p.23), so a
 * new assignment ends the one before it on the day before it starts.
 */
@Entity
@Table(name = "coordinator_assignment")
public class CoordinatorAssignment {

    @Id
    private UUID id;
    @Column(name = "coordinator_id", nullable = false)
    private UUID coordinatorId;
    @Column(name = "mentor_id", nullable = false)
    private UUID mentorId;
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Column(name = "assigned_by", nullable = false)
    private String assignedBy;
    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected CoordinatorAssignment() {
    }

    /** @throws RuleViolation when the mentor is not of the coordinator's municipality */
    public static CoordinatorAssignment assign(Coordinator coordinator, Mentor mentor, LocalDate from, String by, Instant now) {
        coordinator.requireOwn(mentor, "A coordinator is the contact person of the mentors of their own municipality");
        CoordinatorAssignment a = new CoordinatorAssignment();
        a.id = NewIds.next();
        a.coordinatorId = coordinator.id();
        a.mentorId = mentor.id();
        a.validFrom = from;
        a.assignedBy = by;
        a.assignedAt = now;
        return a;
    }

    /**
     * Ends this assignment because another starts on {@code nextFrom}.
     * @throws RuleViolation (409) when the other would not start after this one began
     */
    public void endBefore(LocalDate nextFrom) {
        if (!nextFrom.isAfter(validFrom)) {
            throw RuleViolation.stateConflict("The mentor's current coordinator was assigned from " + validFrom
                    + "; a new assignment must start after that day");
        }
        LocalDate lastDay = nextFrom.minusDays(1);
        if (validTo == null || validTo.isAfter(lastDay)) {
            validTo = lastDay;
        }
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** Whether the assignment is open on or after the day, so a new one from that day must end it. */
    public boolean reachesInto(LocalDate day) {
        return validTo == null || !validTo.isBefore(day);
    }

    public UUID id() { return id; }
    public UUID coordinatorId() { return coordinatorId; }
    public UUID mentorId() { return mentorId; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validTo() { return validTo; }
    public String assignedBy() { return assignedBy; }
    public Instant assignedAt() { return assignedAt; }
}
