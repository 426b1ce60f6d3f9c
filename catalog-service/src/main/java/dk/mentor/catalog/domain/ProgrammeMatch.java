package dk.mentor.catalog.domain;

import dk.mentor.contracts.ids.NewIds;
import dk.mentor.contracts.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A match (makkerskab, 004 p.6) between a volunteer and, when the programme knows them, a mentee. Made at the
 * corps' match meeting and recorded through the API, or learnt from matching-service's MentorshipStarted for
 * the volunteer's catalogue mentor; then the mentorship id keys it, so the event seen twice makes one match.
 */
@Entity
@Table(name = "programme_match")
public class ProgrammeMatch {

    @Id
    private UUID id;
    @Column(name = "programme_id", nullable = false)
    private UUID programmeId;
    @Column(name = "volunteer_entry_id", nullable = false)
    private UUID volunteerEntryId;
    @Column(name = "mentee_entry_id")
    private UUID menteeEntryId;
    @Column(name = "mentorship_id")
    private UUID mentorshipId;
    @Column(name = "matched_on", nullable = false)
    private LocalDate matchedOn;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ProgrammeMatch() {
    }

    /**
     * Marks both entries matched (the volunteer's commitment starts with their first match).
     *
     * @param mentee the mentee's entry, or null when the mentee is not in the programme's pipeline
     */
    public static ProgrammeMatch make(VolunteerProgramme programme, ProgrammeEntry volunteer, ProgrammeEntry mentee,
                                      UUID mentorshipId, LocalDate on, String by, Instant now) {
        if (volunteer.side() != ProgrammeSide.VOLUNTEER || !volunteer.programmeId().equals(programme.id())) {
            throw RuleViolation.onField("A match is made with a volunteer of the programme", "volunteerEntryId",
                    "is not a volunteer of this programme");
        }
        if (mentee != null && (mentee.side() != ProgrammeSide.MENTEE || !mentee.programmeId().equals(programme.id()))) {
            throw RuleViolation.onField("A match is made with a mentee of the programme", "menteeEntryId",
                    "is not a mentee of this programme");
        }
        volunteer.matched(on, programme.commitmentMonths());
        if (mentee != null) {
            mentee.matched(on, programme.commitmentMonths());
        }
        ProgrammeMatch m = new ProgrammeMatch();
        m.id = NewIds.next();
        m.programmeId = programme.id();
        m.volunteerEntryId = volunteer.id();
        m.menteeEntryId = mentee == null ? null : mentee.id();
        m.mentorshipId = mentorshipId;
        m.matchedOn = on;
        m.recordedBy = by;
        m.recordedAt = now;
        return m;
    }

    public UUID id() { return id; }
    public UUID programmeId() { return programmeId; }
    public UUID volunteerEntryId() { return volunteerEntryId; }
    public UUID menteeEntryId() { return menteeEntryId; }
    public UUID mentorshipId() { return mentorshipId; }
    public LocalDate matchedOn() { return matchedOn; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
