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
import java.util.List;
import java.util.UUID;

/**
 * A follow-up of a placement with the citizen and the company, on the checklist of the midway form
 * (seed 002 p.15, form F7: attendance, responsibility, ability to cooperate), plus the adjustments of
 * tasks and hours agreed (seed 002 pp.13-14). Kept apart from the plan's follow-ups: it belongs to the
 * placement.
 */
@Entity
@Table(name = "placement_evaluation")
public class PlacementEvaluation {

    public enum Kind {
        /** The midway evaluation, also when the placement goes well (seed 002 p.22). */
        MIDWAY_EVALUATION,
        /** The required follow-up 3 months after the start (seed 002 p.16). */
        THREE_MONTH_FOLLOW_UP
    }

    @Id
    private UUID id;
    @Column(name = "placement_id", nullable = false)
    private UUID placementId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    @Column(name = "done_on", nullable = false)
    private LocalDate doneOn;
    @Column(nullable = false)
    private String attendance;
    @Column(nullable = false)
    private String responsibility;
    @Column(nullable = false)
    private String cooperation;
    private String adjustments;
    @Column(nullable = false)
    private String summary;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected PlacementEvaluation() {
    }

    public static PlacementEvaluation record(Placement placement, Kind kind, LocalDate doneOn, String attendance,
                                             String responsibility, String cooperation, String adjustments,
                                             String summary, String recordedBy, Instant now) {
        if (placement.startedOn() == null) {
            throw RuleViolation.stateConflict("The placement has not started, so there is nothing to evaluate yet");
        }
        List<RuleViolation.FieldIssue> missing = new RequiredFields("a placement evaluation").present(kind, "kind")
                .present(doneOn, "doneOn").text(attendance, "attendance").text(responsibility, "responsibility")
                .text(cooperation, "cooperation").text(summary, "summary").missing();
        if (!missing.isEmpty()) {
            throw new RuleViolation("The placement evaluation lacks required answers", missing);
        }
        if (doneOn.isBefore(placement.startedOn())) {
            throw RuleViolation.onField("The evaluation is dated before the placement started", "doneOn",
                    "must be on or after " + placement.startedOn());
        }
        PlacementEvaluation e = new PlacementEvaluation();
        e.id = NewIds.next();
        e.placementId = placement.id();
        e.kind = kind;
        e.doneOn = doneOn;
        e.attendance = attendance;
        e.responsibility = responsibility;
        e.cooperation = cooperation;
        e.adjustments = adjustments;
        e.summary = summary;
        e.recordedBy = recordedBy;
        e.recordedAt = now;
        return e;
    }

    public UUID id() { return id; }
    public UUID placementId() { return placementId; }
    public Kind kind() { return kind; }
    public LocalDate doneOn() { return doneOn; }
    public String attendance() { return attendance; }
    public String responsibility() { return responsibility; }
    public String cooperation() { return cooperation; }
    public String adjustments() { return adjustments; }
    public String summary() { return summary; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
