package dk.mentor.catalog.domain;

import dk.mentor.contracts.codes.MentorKind;
import dk.mentor.contracts.ids.NewIds;
import dk.mentor.contracts.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One volunteer or one mentee in a programme's pipeline (004 pp.7-8): the inquiry, the interview, the
 * vetting (for a volunteer the child-protection certificate and volunteer agreement, for a mentee the
 * judgement that they are in the target group, 004 pp.8, 15, 19), the match, each dated, or a drop-out
 * with a coded reason. A vetted volunteer links to their catalogue mentor of kind VOLUNTEER.
 *
 * <p>A mentee entry is pseudonymous: municipality, channel, age band and at most the id of the citizen's
 * plan in followup. The programme needs no more to count, to keep a waiting list and to match.
 */
@Entity
@Table(name = "programme_entry")
public class ProgrammeEntry {

    @Id
    private UUID id;
    @Column(name = "programme_id", nullable = false)
    private UUID programmeId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProgrammeSide side;
    @Column(nullable = false)
    private String municipality;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecruitmentChannel channel;
    @Column(name = "display_name")
    private String displayName;
    @Enumerated(EnumType.STRING)
    @Column(name = "age_band")
    private AgeBand ageBand;
    @Column(name = "plan_id")
    private UUID planId;
    @Column(name = "mentor_id")
    private UUID mentorId;
    @Column(name = "group_id")
    private UUID groupId;
    @Column(name = "inquiry_on", nullable = false)
    private LocalDate inquiryOn;
    @Column(name = "interviewed_on")
    private LocalDate interviewedOn;
    @Column(name = "vetted_on")
    private LocalDate vettedOn;
    @Column(name = "matched_on")
    private LocalDate matchedOn;
    @Column(name = "dropped_on")
    private LocalDate droppedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "drop_reason")
    private DropReason dropReason;
    @Column(name = "commitment_from")
    private LocalDate commitmentFrom;
    @Column(name = "commitment_to")
    private LocalDate commitmentTo;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Version
    private long version;

    protected ProgrammeEntry() {
    }

    public static ProgrammeEntry volunteer(UUID programmeId, String municipality, RecruitmentChannel channel,
                                           String displayName, LocalDate inquiryOn, LocalDate today, String by, Instant now) {
        ProgrammeEntry e = inquiry(programmeId, ProgrammeSide.VOLUNTEER, municipality, channel, inquiryOn, today, by, now);
        e.displayName = displayName;
        return e;
    }

    public static ProgrammeEntry mentee(UUID programmeId, String municipality, RecruitmentChannel channel, AgeBand ageBand,
                                        UUID planId, LocalDate inquiryOn, LocalDate today, String by, Instant now) {
        ProgrammeEntry e = inquiry(programmeId, ProgrammeSide.MENTEE, municipality, channel, inquiryOn, today, by, now);
        e.ageBand = ageBand;
        e.planId = planId;
        return e;
    }

    private static ProgrammeEntry inquiry(UUID programmeId, ProgrammeSide side, String municipality, RecruitmentChannel channel,
                                          LocalDate inquiryOn, LocalDate today, String by, Instant now) {
        notAhead(inquiryOn, today, "inquiryOn");
        ProgrammeEntry e = new ProgrammeEntry();
        e.id = NewIds.next();
        e.programmeId = programmeId;
        e.side = side;
        e.municipality = municipality;
        e.channel = channel;
        e.inquiryOn = inquiryOn;
        e.recordedBy = by;
        e.recordedAt = now;
        return e;
    }

    /** The interview by the coordination group (004 p.7). */
    public void interviewed(LocalDate on, LocalDate today) {
        requireStage(PipelineStage.INQUIRY, "interviewed");
        notBefore(on, inquiryOn, "the inquiry", "on");
        notAhead(on, today, "on");
        interviewedOn = on;
    }

    /**
     * Approved for matching. A volunteer names the catalogue mentor they became, a mentor of kind VOLUNTEER in
     * the entry's municipality; a mentee names none.
     */
    public void vetted(LocalDate on, Mentor mentor, LocalDate today) {
        requireStage(PipelineStage.INTERVIEWED, "vetted");
        notBefore(on, interviewedOn, "the interview", "on");
        notAhead(on, today, "on");
        if (side == ProgrammeSide.MENTEE && mentor != null) {
            throw RuleViolation.onField("A mentee is not a catalogue mentor", "mentorId", "must be absent for a mentee");
        }
        if (side == ProgrammeSide.VOLUNTEER) {
            if (mentor == null) {
                throw RuleViolation.onField("A vetted volunteer becomes a catalogue mentor", "mentorId",
                        "is required for a volunteer");
            }
            if (mentor.kind() != MentorKind.VOLUNTEER || !mentor.homeMunicipality().equals(municipality)) {
                throw RuleViolation.onField("A vetted volunteer is a VOLUNTEER mentor of the entry's municipality", "mentorId",
                        "is a " + mentor.kind() + " of " + mentor.homeMunicipality());
            }
            mentorId = mentor.id();
        }
        vettedOn = on;
    }

    /**
     * A match was made on the day. The first match of a volunteer starts the commitment, so many months
     * from that day (004 p.11: "give the partnership half a year"); a volunteer may take a further mentee.
     */
    public void matched(LocalDate on, int commitmentMonths) {
        PipelineStage stage = stage();
        boolean again = side == ProgrammeSide.VOLUNTEER && stage == PipelineStage.MATCHED;
        if (stage != PipelineStage.VETTED && !again) {
            throw RuleViolation.stateConflict("A " + side + " entry at stage " + stage + " cannot be matched; it must be vetted"
                    + (side == ProgrammeSide.MENTEE ? " and not matched yet" : ""));
        }
        notBefore(on, vettedOn, "the vetting", "matchedOn");
        if (matchedOn == null) {
            matchedOn = on;
        }
        if (side == ProgrammeSide.VOLUNTEER && commitmentFrom == null) {
            commitmentFrom = on;
            commitmentTo = on.plusMonths(commitmentMonths).minusDays(1);
        }
    }

    /** Leaves the pipeline, or a match before its time, for a coded reason. */
    public void dropped(LocalDate on, DropReason reason, LocalDate today) {
        if (droppedOn != null) {
            throw RuleViolation.stateConflict("The entry dropped out on " + droppedOn + " already");
        }
        notBefore(on, latestStep(), "the entry's last step", "on");
        notAhead(on, today, "on");
        droppedOn = on;
        dropReason = reason;
    }

    public void joinGroup(CoordinationGroup group) {
        if (side != ProgrammeSide.VOLUNTEER || !group.municipality().equals(municipality)
                || !group.programmeId().equals(programmeId)) {
            throw RuleViolation.onField("A coordination group gathers the programme's volunteers of its municipality",
                    "entryId", "is not a volunteer of the group's programme and municipality");
        }
        if (droppedOn != null) {
            throw RuleViolation.stateConflict("A volunteer who dropped out joins no group");
        }
        groupId = group.id();
    }

    public PipelineStage stage() {
        if (droppedOn != null) {
            return PipelineStage.DROPPED;
        }
        if (matchedOn != null) {
            return PipelineStage.MATCHED;
        }
        if (vettedOn != null) {
            return PipelineStage.VETTED;
        }
        return interviewedOn != null ? PipelineStage.INTERVIEWED : PipelineStage.INQUIRY;
    }

    /** Whether the entry has got at least as far as the stage, drop-outs counted by the steps they took. */
    public boolean reached(PipelineStage stage) {
        return switch (stage) {
            case INQUIRY -> true;
            case INTERVIEWED -> interviewedOn != null;
            case VETTED -> vettedOn != null;
            case MATCHED -> matchedOn != null;
            case DROPPED -> droppedOn != null;
        };
    }

    /** Vetted and waiting for the other side: the waiting list (004 p.11, "still under matching"). */
    public boolean waiting() {
        return stage() == PipelineStage.VETTED;
    }

    private LocalDate latestStep() {
        LocalDate latest = inquiryOn;
        for (LocalDate d : new LocalDate[] {interviewedOn, vettedOn, matchedOn}) {
            if (d != null && d.isAfter(latest)) {
                latest = d;
            }
        }
        return latest;
    }

    private void requireStage(PipelineStage expected, String step) {
        if (stage() != expected) {
            throw RuleViolation.stateConflict("An entry is " + step + " from stage " + expected + "; it is at " + stage());
        }
    }

    private static void notBefore(LocalDate on, LocalDate earlier, String what, String field) {
        if (earlier != null && on.isBefore(earlier)) {
            throw RuleViolation.onField("A step cannot come before " + what + " (" + earlier + ")", field, "is before " + earlier);
        }
    }

    private static void notAhead(LocalDate on, LocalDate today, String field) {
        if (on.isAfter(today)) {
            throw RuleViolation.onField("A step is recorded after it took place", field, "is in the future");
        }
    }

    public UUID id() { return id; }
    public UUID programmeId() { return programmeId; }
    public ProgrammeSide side() { return side; }
    public String municipality() { return municipality; }
    public RecruitmentChannel channel() { return channel; }
    public String displayName() { return displayName; }
    public AgeBand ageBand() { return ageBand; }
    public UUID planId() { return planId; }
    public UUID mentorId() { return mentorId; }
    public UUID groupId() { return groupId; }
    public LocalDate inquiryOn() { return inquiryOn; }
    public LocalDate interviewedOn() { return interviewedOn; }
    public LocalDate vettedOn() { return vettedOn; }
    public LocalDate matchedOn() { return matchedOn; }
    public LocalDate droppedOn() { return droppedOn; }
    public DropReason dropReason() { return dropReason; }
    public LocalDate commitmentFrom() { return commitmentFrom; }
    public LocalDate commitmentTo() { return commitmentTo; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
    public long version() { return version; }
}
