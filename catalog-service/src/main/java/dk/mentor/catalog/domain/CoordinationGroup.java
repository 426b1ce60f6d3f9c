package dk.mentor.catalog.domain;

import dk.mentor.contracts.ids.NewIds;
import dk.mentor.contracts.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A coordination group (koo-gruppe, 004 pp.5, 7): a programme's volunteers in one municipality with their
 * coordinator, who meet on the group's tasks (recruitment, interviews, matching, follow-up, 004 p.7).
 */
@Entity
@Table(name = "coordination_group")
public class CoordinationGroup {

    @Id
    private UUID id;
    @Column(name = "programme_id", nullable = false)
    private UUID programmeId;
    @Column(nullable = false)
    private String municipality;
    @Column(nullable = false)
    private String name;
    @Column(name = "coordinator_id", nullable = false)
    private UUID coordinatorId;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CoordinationGroup() {
    }

    /** The group lives in the coordinator's municipality. */
    public static CoordinationGroup form(VolunteerProgramme programme, String name, Coordinator coordinator, String by,
                                         Instant now) {
        CoordinationGroup g = new CoordinationGroup();
        g.id = NewIds.next();
        g.programmeId = programme.id();
        g.municipality = coordinator.municipality();
        g.name = name;
        g.coordinatorId = coordinator.id();
        g.createdBy = by;
        g.createdAt = now;
        return g;
    }

    /** @throws RuleViolation on attendeeEntryIds when someone is not a member */
    public void requireMember(ProgrammeEntry entry) {
        if (!id.equals(entry.groupId())) {
            throw RuleViolation.onField("A group meeting is attended by the group's volunteers", "attendeeEntryIds",
                    entry.id() + " is not a member of the group");
        }
    }

    public UUID id() { return id; }
    public UUID programmeId() { return programmeId; }
    public String municipality() { return municipality; }
    public String name() { return name; }
    public UUID coordinatorId() { return coordinatorId; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
}
