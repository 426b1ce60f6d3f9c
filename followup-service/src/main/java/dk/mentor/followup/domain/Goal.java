package dk.mentor.followup.domain;

import dk.mentor.contracts.ids.NewIds;
import dk.mentor.contracts.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A sub-goal on the way to the plan's long-term goal, with a small lifecycle. */
@Entity
@Table(name = "goal")
public class Goal {

    /** PROPOSED -> ACTIVE -> ACHIEVED or ABANDONED; a proposed goal may also be abandoned. */
    public enum Status { PROPOSED, ACTIVE, ACHIEVED, ABANDONED }

    private static final Map<Status, Set<Status>> NEXT = Map.of(
            Status.PROPOSED, Set.of(Status.ACTIVE, Status.ABANDONED),
            Status.ACTIVE, Set.of(Status.ACHIEVED, Status.ABANDONED),
            Status.ACHIEVED, Set.of(),
            Status.ABANDONED, Set.of());

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false)
    private UUID planId;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "target_date")
    private LocalDate targetDate;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected Goal() {
    }

    public static Goal propose(UUID planId, String description, LocalDate targetDate, Instant now) {
        Goal goal = new Goal();
        goal.id = NewIds.next();
        goal.planId = planId;
        goal.description = description;
        goal.targetDate = targetDate;
        goal.status = Status.PROPOSED;
        goal.createdAt = now;
        goal.changedAt = now;
        return goal;
    }

    public void moveTo(Status next, Instant now) {
        if (!NEXT.get(status).contains(next)) {
            throw RuleViolation.onField("A " + status + " goal cannot become " + next + "; allowed: " + NEXT.get(status),
                    "status", "not allowed from " + status);
        }
        status = next;
        changedAt = now;
    }

    public UUID id() { return id; }
    public UUID planId() { return planId; }
    public String description() { return description; }
    public Status status() { return status; }
    public LocalDate targetDate() { return targetDate; }
    public Instant createdAt() { return createdAt; }
    public Instant changedAt() { return changedAt; }
    public long version() { return version; }
}
