package dk.mentor.followup.domain;

import dk.mentor.contracts.ids.NewIds;
import dk.mentor.contracts.rules.RuleViolation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An incident escalated on the crisis ladder (seed 004 p.8): 1 coordination group, 2 project leader,
 * 3 the wider network, 4 a psychologist. It starts at a level and moves up until solved, and
 * records who was told at each step.
 */
@Entity
@Table(name = "incident")
public class Incident {

    public static final int TOP_LEVEL = 4;

    @Id
    private UUID id;
    @Column(name = "plan_id", nullable = false)
    private UUID planId;
    @Column(nullable = false)
    private int level;
    @Column(nullable = false)
    private String summary;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incident_notification", joinColumns = @JoinColumn(name = "incident_id"))
    @OrderColumn(name = "position")
    private List<Notification> notifications = new ArrayList<>();

    protected Incident() {
    }

    public static Incident report(UUID planId, int level, String summary, Instant occurredAt, List<String> told,
                                  String recordedBy, Instant now) {
        requireLevel(level);
        Incident i = new Incident();
        i.id = NewIds.next();
        i.planId = planId;
        i.level = level;
        i.summary = summary;
        i.occurredAt = occurredAt;
        i.recordedBy = recordedBy;
        i.recordedAt = now;
        told.forEach(who -> i.notifications.add(new Notification(level, who, now)));
        return i;
    }

    /** Moves up the ladder; a step down is never an escalation. */
    public void escalate(int newLevel, List<String> told, Instant now) {
        requireLevel(newLevel);
        if (resolvedAt != null) {
            throw new RuleViolation("The incident is resolved");
        }
        if (newLevel <= level) {
            throw RuleViolation.onField("An escalation goes up from level " + level, "level", "must be above " + level);
        }
        level = newLevel;
        told.forEach(who -> notifications.add(new Notification(newLevel, who, now)));
    }

    public void resolve(Instant now) {
        if (resolvedAt != null) {
            throw new RuleViolation("The incident is already resolved");
        }
        resolvedAt = now;
    }

    private static void requireLevel(int level) {
        if (level < 1 || level > TOP_LEVEL) {
            throw RuleViolation.onField("The crisis ladder has levels 1 to " + TOP_LEVEL, "level",
                    "must be 1 to " + TOP_LEVEL);
        }
    }

    public UUID id() { return id; }
    public UUID planId() { return planId; }
    public int level() { return level; }
    public String summary() { return summary; }
    public Instant occurredAt() { return occurredAt; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
    public Instant resolvedAt() { return resolvedAt; }
    public List<Notification> notifications() { return List.copyOf(notifications); }
}
