package dk.mentor.followup.domain;

import dk.mentor.contracts.ids.NewIds;
import dk.mentor.contracts.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A hand-over inside the municipality: caseworker to job or company consultant, on to the company, and
 * back (seed 002 pp.5, 8, 22). Knowledge is lost when responsibility passes at "readiness", so each
 * hand-over carries an annotation of what needs a conversation (form F1); a hand-back, above all after a
 * drop-out, states its reason so the experience reaches the caseworker. Not to be confused with
 * {@link HandOver}, which moves the plan to another municipality.
 */
@Entity
@Table(name = "internal_hand_over")
public class InternalHandOver {

    public enum Kind { HAND_OVER, HAND_BACK }

    /** Who holds the citizen's course along the chain. */
    public enum Party { CASEWORKER, JOB_CONSULTANT, COMPANY_CONSULTANT, COMPANY }

    @Id
    private UUID id;
    @Column(name = "plan_id", nullable = false)
    private UUID planId;
    @Column(name = "placement_id")
    private UUID placementId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_role", nullable = false)
    private Party fromRole;
    @Column(name = "from_name", nullable = false)
    private String fromName;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_role", nullable = false)
    private Party toRole;
    @Column(name = "to_name", nullable = false)
    private String toName;
    @Column(nullable = false)
    private String annotation;
    private String reason;
    @Column(name = "handed_on", nullable = false)
    private LocalDate handedOn;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected InternalHandOver() {
    }

    public record Step(Kind kind, Party fromRole, String fromName, Party toRole, String toName, String annotation,
                       String reason, LocalDate handedOn) {
    }

    /** @param placement the placement the hand-over is about, or null */
    public static InternalHandOver record(UUID planId, Placement placement, Step step, String recordedBy, Instant now) {
        if (step.fromRole() == step.toRole() && step.fromName().equals(step.toName())) {
            throw RuleViolation.onField("A hand-over passes the citizen to someone else", "toName",
                    "must differ from the one handing over");
        }
        if (step.kind() == Kind.HAND_BACK && (step.reason() == null || step.reason().isBlank())) {
            throw RuleViolation.onField("A hand-back states why the course comes back", "reason", "is required for a hand-back");
        }
        if (step.toRole() == Party.COMPANY && placement == null) {
            throw RuleViolation.onField("A hand-over to a company is about a placement there", "placementId",
                    "is required when handing over to COMPANY");
        }
        InternalHandOver h = new InternalHandOver();
        h.id = NewIds.next();
        h.planId = planId;
        h.placementId = placement == null ? null : placement.id();
        h.kind = step.kind();
        h.fromRole = step.fromRole();
        h.fromName = step.fromName();
        h.toRole = step.toRole();
        h.toName = step.toName();
        h.annotation = step.annotation();
        h.reason = step.reason();
        h.handedOn = step.handedOn();
        h.recordedBy = recordedBy;
        h.recordedAt = now;
        return h;
    }

    public UUID id() { return id; }
    public UUID planId() { return planId; }
    public UUID placementId() { return placementId; }
    public Kind kind() { return kind; }
    public Party fromRole() { return fromRole; }
    public String fromName() { return fromName; }
    public Party toRole() { return toRole; }
    public String toName() { return toName; }
    public String annotation() { return annotation; }
    public String reason() { return reason; }
    public LocalDate handedOn() { return handedOn; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
