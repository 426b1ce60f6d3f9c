package dk.mentor.catalog.domain;

import dk.mentor.contracts.ids.NewIds;
import dk.mentor.contracts.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One contact on the mentors' hotline (000 p.23): who called whom, when, about what, and whether the
 * coordinator must follow up. The note may describe a citizen's situation, so it is kept here only:
 * never in a log line, an event or the audit trail; a CPR number is refused in it.
 */
@Entity
@Table(name = "coordinator_contact")
public class CoordinatorContact {

    public enum Direction { FROM_MENTOR, TO_MENTOR }

    /** What the mentor needed, after the coordinator's tasks in the guide (000 pp.20-23, 27). */
    public enum Topic {
        /** Sparring on the mentor's work with a citizen. */
        SPARRING,
        /** Help to reach the right colleague in the municipality (caseworker, job consultant). */
        MUNICIPAL_CONTACT,
        /** A problem in the pair: cancellations, chemistry, a wish to end or rematch. */
        MATCH_PROBLEM,
        /** A worry under the duty of confidentiality: a child at risk, undeclared work (000 p.27). */
        CONFIDENTIALITY_CONCERN,
        /** Hours, pay and what counts as paid time (000 p.20 point 8). */
        HOURS_AND_PAY,
        /** Training and follow-up sessions. */
        TRAINING,
        OTHER
    }

    @Id
    private UUID id;
    @Column(name = "coordinator_id", nullable = false)
    private UUID coordinatorId;
    @Column(name = "mentor_id", nullable = false)
    private UUID mentorId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Direction direction;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Topic topic;
    private String note;
    @Column(name = "follow_up_needed", nullable = false)
    private boolean followUpNeeded;
    @Column(name = "logged_by", nullable = false)
    private String loggedBy;
    @Column(name = "logged_at", nullable = false)
    private Instant loggedAt;

    protected CoordinatorContact() {
    }

    /** @throws RuleViolation when the mentor is not of the coordinator's municipality, or the contact lies ahead */
    public static CoordinatorContact log(Coordinator coordinator, Mentor mentor, Direction direction, Instant occurredAt,
                                         Topic topic, String note, boolean followUpNeeded, String by, Instant now) {
        coordinator.requireOwn(mentor, "The hotline serves the mentors of the coordinator's own municipality");
        requireNoCpr(note);
        if (occurredAt.isAfter(now)) {
            throw RuleViolation.onField("A contact is logged after it took place", "occurredAt", "is in the future");
        }
        CoordinatorContact c = new CoordinatorContact();
        c.id = NewIds.next();
        c.coordinatorId = coordinator.id();
        c.mentorId = mentor.id();
        c.direction = direction;
        c.occurredAt = occurredAt;
        c.topic = topic;
        c.note = note;
        c.followUpNeeded = followUpNeeded;
        c.loggedBy = by;
        c.loggedAt = now;
        return c;
    }

    /**
     * @throws RuleViolation on note when it holds a CPR number: the hotline speaks of citizens by their
     * situation, and the citizen's identity belongs to the plan in followup, not to the catalogue
     */
    public static void requireNoCpr(String note) {
        FreeText.requireNoCpr(note, "note", "A hotline note");
    }

    public UUID id() { return id; }
    public UUID coordinatorId() { return coordinatorId; }
    public UUID mentorId() { return mentorId; }
    public Direction direction() { return direction; }
    public Instant occurredAt() { return occurredAt; }
    public Topic topic() { return topic; }
    public String note() { return note; }
    public boolean followUpNeeded() { return followUpNeeded; }
    public String loggedBy() { return loggedBy; }
    public Instant loggedAt() { return loggedAt; }
}
