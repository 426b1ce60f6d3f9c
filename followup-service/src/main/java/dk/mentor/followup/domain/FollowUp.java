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
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A follow-up that was done: a mentorship's 1, 3 or 6-month follow-up (seed 004 p.11), the 3-monthly
 * registration (seed 003 p.4), or the midway evaluation (seed 002 pp.15, 22), with its checklist answers.
 */
@Entity
@Table(name = "follow_up")
public class FollowUp {

    public enum Kind {
        MENTORSHIP_1_MONTH(1), MENTORSHIP_3_MONTHS(3), MENTORSHIP_6_MONTHS(6), QUARTERLY_REGISTRATION(3),
        MIDWAY_EVALUATION(0);

        private final int months;

        Kind(int months) {
            this.months = months;
        }

        public int months() {
            return months;
        }

        public boolean aboutMentorship() {
            return this != QUARTERLY_REGISTRATION;
        }
    }

    @Id
    private UUID id;
    @Column(name = "plan_id", nullable = false)
    private UUID planId;
    @Column(name = "participant_id")
    private UUID participantId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    @Column(name = "done_on", nullable = false)
    private LocalDate doneOn;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> answers;
    private String summary;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected FollowUp() {
    }

    public static FollowUp record(UUID planId, Participant participant, Kind kind, LocalDate doneOn,
                                  Map<String, String> answers, String summary, String recordedBy, Instant now) {
        if (kind.aboutMentorship() && participant == null) {
            throw RuleViolation.onField("A " + kind + " is about one mentor's participation", "participantId",
                    "is required for " + kind);
        }
        if (kind == Kind.QUARTERLY_REGISTRATION && !answers.isEmpty()) {
            // The typed registration dataset (seed 003 p.4) replaced the key/value answers of this kind.
            throw RuleViolation.onField("A quarterly registration's answers are typed", "answers",
                    "must be empty for " + kind + "; record the answers at /api/v1/plans/{planId}/registrations");
        }
        FollowUp f = new FollowUp();
        f.id = NewIds.next();
        f.planId = planId;
        f.participantId = participant == null ? null : participant.id();
        f.kind = kind;
        f.doneOn = doneOn;
        f.answers = Map.copyOf(answers);
        f.summary = summary;
        f.recordedBy = recordedBy;
        f.recordedAt = now;
        return f;
    }

    public UUID id() { return id; }
    public UUID planId() { return planId; }
    public UUID participantId() { return participantId; }
    public Kind kind() { return kind; }
    public LocalDate doneOn() { return doneOn; }
    public Map<String, String> answers() { return answers; }
    public String summary() { return summary; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
