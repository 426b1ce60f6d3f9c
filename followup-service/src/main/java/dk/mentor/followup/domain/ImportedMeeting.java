package dk.mentor.followup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A meeting that came in by bulk import, with what identifies it to the sender: its start time and
 * the sender's own reference. A meeting has no start time of its own, so it is kept here, beside it.
 */
@Entity
@Table(name = "imported_meeting")
public class ImportedMeeting {

    @Id
    @Column(name = "meeting_id")
    private UUID meetingId;
    @Column(name = "plan_id", nullable = false)
    private UUID planId;
    @Column(name = "participant_id", nullable = false)
    private UUID participantId;
    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;
    @Column(name = "start_time")
    private LocalTime startTime;
    @Column(nullable = false)
    private String municipality;
    @Column(name = "external_system")
    private String externalSystem;
    @Column(name = "external_id")
    private String externalId;
    @Column(name = "imported_by", nullable = false)
    private String importedBy;
    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected ImportedMeeting() {
    }

    /** The sender's identity of a meeting: its system and the id it has there. */
    public record Reference(String system, String id) {

        public Reference {
            Objects.requireNonNull(system, "system");
            Objects.requireNonNull(id, "id");
        }
    }

    public static ImportedMeeting of(Meeting meeting, String municipality, LocalTime startTime, Reference reference,
                                     Instant now) {
        ImportedMeeting imported = new ImportedMeeting();
        imported.meetingId = meeting.meetingId();
        imported.planId = meeting.planId();
        imported.participantId = meeting.participantId();
        imported.meetingDate = meeting.meetingDate();
        imported.startTime = startTime;
        imported.municipality = municipality;
        imported.externalSystem = reference == null ? null : reference.system();
        imported.externalId = reference == null ? null : reference.id();
        imported.importedBy = meeting.author();
        imported.importedAt = now;
        return imported;
    }

    public UUID meetingId() { return meetingId; }
    public UUID planId() { return planId; }
    public LocalTime startTime() { return startTime; }
}
