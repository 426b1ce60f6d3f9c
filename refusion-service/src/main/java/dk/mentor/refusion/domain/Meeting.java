package dk.mentor.refusion.domain;

import dk.mentor.contracts.codes.Attendance;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The latest version of a logged meeting as the ledger knows it, and whether it could be priced:
 * a meeting waits (PENDING) until the mentor's terms are known, since the catalogue's events are not
 * ordered relative to the plan's; it is priced the moment they arrive.
 */
@Entity
@Table(name = "meeting")
public class Meeting {

    public enum Status { PENDING, PRICED, UNPRICEABLE }

    @Id
    @Column(name = "meeting_id")
    private UUID meetingId;

    @Column(name = "plan_id", nullable = false)
    private UUID planId;

    @Column(nullable = false)
    private int version;

    @Column(name = "mentor_id")
    private UUID mentorId;

    @Column(name = "mentorship_id")
    private UUID mentorshipId;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;

    @Column(nullable = false)
    private String attendance;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<MinutesUnderBasis> minutes;

    @Column(name = "transport_minutes", nullable = false)
    private int transportMinutes;

    @Column(name = "acting_municipality", nullable = false)
    private String actingMunicipality;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "claim_holds", nullable = false)
    private List<String> claimHolds = List.of();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "last_event_id", nullable = false)
    private String lastEventId;

    protected Meeting() {
    }

    /** The facts of one version of a meeting, from MeetingLogged or MeetingCorrected. */
    public record Facts(UUID planId, UUID meetingId, int version, String actingMunicipality, UUID mentorId,
                        UUID mentorshipId, LocalDate meetingDate, String attendance, List<MinutesUnderBasis> minutes,
                        int transportMinutes, List<String> claimHolds) {
    }

    public static Meeting of(Facts facts, String eventId) {
        Meeting meeting = new Meeting();
        meeting.meetingId = facts.meetingId();
        meeting.status = Status.PENDING;
        meeting.apply(facts, eventId);
        return meeting;
    }

    /** Whether a version is newer than the one held; an older or equal one is a repeat or out of date. */
    public boolean isOlderThan(int otherVersion) {
        return version < otherVersion;
    }

    public void apply(Facts facts, String eventId) {
        planId = facts.planId();
        version = facts.version();
        actingMunicipality = facts.actingMunicipality();
        mentorId = facts.mentorId();
        mentorshipId = facts.mentorshipId();
        meetingDate = facts.meetingDate();
        attendance = facts.attendance();
        minutes = List.copyOf(facts.minutes());
        transportMinutes = facts.transportMinutes();
        claimHolds = List.copyOf(facts.claimHolds());
        lastEventId = eventId;
    }

    public void priced() {
        status = Status.PRICED;
        statusReason = null;
    }

    public void pending(String reason) {
        status = Status.PENDING;
        statusReason = reason;
    }

    public void unpriceable(String reason) {
        status = Status.UNPRICEABLE;
        statusReason = reason;
    }

    public Attendance attendanceCode() {
        return Attendance.valueOf(attendance);
    }

    /** The latest version's split of the meeting's minutes over legal bases. */
    public List<MinutesUnderBasis> minutes() {
        return minutes;
    }

    /** Why the latest version may not be claimed (ClaimHold names); empty when it may. */
    public List<String> claimHolds() {
        return claimHolds;
    }

    public UUID meetingId() { return meetingId; }
    public UUID planId() { return planId; }
    public int version() { return version; }
    public UUID mentorId() { return mentorId; }
    public UUID mentorshipId() { return mentorshipId; }
    public LocalDate meetingDate() { return meetingDate; }
    public int transportMinutes() { return transportMinutes; }
    public String actingMunicipality() { return actingMunicipality; }
    public Status status() { return status; }
    public String statusReason() { return statusReason; }
}
