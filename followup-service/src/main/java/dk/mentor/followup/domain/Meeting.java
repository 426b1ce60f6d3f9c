package dk.mentor.followup.domain;

import dk.mentor.contracts.codes.Attendance;
import dk.mentor.contracts.codes.ClaimHold;
import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.contracts.codes.MeetingPlace;
import dk.mentor.contracts.ids.NewIds;
import dk.mentor.contracts.rules.RuleViolation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One version of a logged meeting. A correction never overwrites: it adds the next version and
 * marks this one superseded, so what was first reported (and perhaps claimed) stays on record.
 */
@Entity
@Table(name = "meeting")
public class Meeting {

    @Id
    @Column(name = "row_id")
    private UUID rowId;
    @Column(name = "meeting_id", nullable = false)
    private UUID meetingId;
    @Column(nullable = false)
    private int version;
    @Column(name = "current_version", nullable = false)
    private boolean current;
    @Column(name = "plan_id", nullable = false)
    private UUID planId;
    @Column(name = "participant_id", nullable = false)
    private UUID participantId;
    @Column(nullable = false)
    private String author;
    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;
    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingMode mode;
    @Enumerated(EnumType.STRING)
    private MeetingPlace place;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Attendance attendance;
    @Column(name = "transport_minutes", nullable = false)
    private int transportMinutes;
    @Column(name = "group_session_id")
    private UUID groupSessionId;
    @Column(name = "activation_relevant", nullable = false)
    private boolean activationRelevant;
    private String note;
    @Enumerated(EnumType.STRING)
    @Column(name = "note_visibility", nullable = false)
    private NoteVisibility noteVisibility;
    @Column(name = "correction_reason")
    private String correctionReason;
    @Column(name = "logged_at", nullable = false)
    private Instant loggedAt;
    /** The ClaimHold names, comma-separated; empty when the version is claimable. */
    @Column(name = "claim_holds", nullable = false)
    private String claimHolds = "";
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_minutes", joinColumns = @JoinColumn(name = "meeting_row_id"))
    private List<MinutesUnderBasis> minutes = new ArrayList<>();

    protected Meeting() {
    }

    public static Meeting log(UUID planId, Participant participant, String author, MeetingDetails details,
                              List<ClaimHold> holds, Instant now) {
        return build(NewIds.next(), 1, planId, participant, author, details, holds, null, now);
    }

    /** The next version of this meeting; this one is kept, marked superseded. */
    public Meeting correct(Participant participant, String author, MeetingDetails details, List<ClaimHold> holds,
                           String reason, Instant now) {
        if (!current) {
            throw new RuleViolation("Only the current version of a meeting can be corrected");
        }
        current = false;
        return build(meetingId, version + 1, planId, participant, author, details, holds, reason, now);
    }

    private static Meeting build(UUID meetingId, int version, UUID planId, Participant participant, String author,
                                 MeetingDetails d, List<ClaimHold> holds, String reason, Instant now) {
        Meeting m = new Meeting();
        m.rowId = NewIds.next();
        m.meetingId = meetingId;
        m.version = version;
        m.current = true;
        m.planId = planId;
        m.participantId = participant.id();
        m.author = author;
        m.meetingDate = d.date();
        m.durationMinutes = d.durationMinutes();
        m.mode = d.mode();
        m.place = d.place();
        m.attendance = d.attendance();
        m.transportMinutes = d.transportMinutes();
        m.groupSessionId = d.groupSessionId();
        m.activationRelevant = d.activationRelevant();
        m.note = d.note() == null || d.note().isBlank() ? null : d.note();
        m.noteVisibility = d.noteVisibility() == null ? NoteVisibility.MENTOR_ONLY : d.noteVisibility();
        m.correctionReason = reason;
        m.loggedAt = now;
        m.claimHolds = String.join(",", holds.stream().map(ClaimHold::name).toList());
        d.minutes().entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(LegalBasisTerms::code)))
                .forEach(e -> m.minutes.add(new MinutesUnderBasis(e.getKey().code(), e.getValue())));
        return m;
    }

    /** A no-show or an unexcused cancellation of a meeting that is part of activation may lead to a sanction. */
    public boolean sanctionRelevant() {
        return activationRelevant
                && (attendance == Attendance.NO_SHOW || attendance == Attendance.CITIZEN_CANCELLED_NO_VALID_REASON);
    }

    public UUID rowId() { return rowId; }
    public UUID meetingId() { return meetingId; }
    public int version() { return version; }
    public boolean current() { return current; }
    public UUID planId() { return planId; }
    public UUID participantId() { return participantId; }
    public String author() { return author; }
    public LocalDate meetingDate() { return meetingDate; }
    public int durationMinutes() { return durationMinutes; }
    public MeetingMode mode() { return mode; }
    public MeetingPlace place() { return place; }
    public Attendance attendance() { return attendance; }
    public int transportMinutes() { return transportMinutes; }
    public UUID groupSessionId() { return groupSessionId; }
    public boolean activationRelevant() { return activationRelevant; }
    public String note() { return note; }
    public NoteVisibility noteVisibility() { return noteVisibility; }
    public String correctionReason() { return correctionReason; }
    public Instant loggedAt() { return loggedAt; }
    public List<MinutesUnderBasis> minutes() { return List.copyOf(minutes); }

    /** Why this version may not be priced into a refusion claim; empty when it may. */
    public List<ClaimHold> claimHolds() {
        return claimHolds.isEmpty() ? List.of() : Arrays.stream(claimHolds.split(",")).map(ClaimHold::valueOf).toList();
    }
}
