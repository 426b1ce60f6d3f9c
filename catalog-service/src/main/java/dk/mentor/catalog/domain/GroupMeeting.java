package dk.mentor.catalog.domain;

import dk.mentor.contracts.ids.NewIds;
import dk.mentor.contracts.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A coordination group's meeting: the day, the topic and which volunteers attended (004 p.8, workflows and duty rosters). */
@Entity
@Table(name = "coordination_group_meeting")
public class GroupMeeting {

    @Id
    private UUID id;
    @Column(name = "group_id", nullable = false)
    private UUID groupId;
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;
    @Column(nullable = false)
    private String topic;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private List<UUID> attendees;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected GroupMeeting() {
    }

    /** @throws RuleViolation when someone is not a member or the meeting lies ahead */
    public static GroupMeeting held(CoordinationGroup group, LocalDate heldOn, String topic, List<ProgrammeEntry> attendees,
                                    LocalDate today, String by, Instant now) {
        if (heldOn.isAfter(today)) {
            throw RuleViolation.onField("A meeting is recorded after it was held", "heldOn", "is in the future");
        }
        attendees.forEach(group::requireMember);
        GroupMeeting m = new GroupMeeting();
        m.id = NewIds.next();
        m.groupId = group.id();
        m.heldOn = heldOn;
        m.topic = topic;
        m.attendees = attendees.stream().map(ProgrammeEntry::id).distinct().toList();
        m.recordedBy = by;
        m.recordedAt = now;
        return m;
    }

    public UUID id() { return id; }
    public UUID groupId() { return groupId; }
    public LocalDate heldOn() { return heldOn; }
    public String topic() { return topic; }
    public List<UUID> attendees() { return List.copyOf(attendees); }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
