package dk.mentor.followup.domain;

import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.contracts.codes.LegalLine;
import dk.mentor.contracts.codes.ParticipantRole;
import dk.mentor.contracts.ids.NewIds;
import dk.mentor.contracts.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person on the plan in one role under one legal basis. A person holding two roles (the double
 * mentor) has two participations with the same user name.
 */
@Entity
@Table(name = "participant")
public class Participant {

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false)
    private UUID planId;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String username;

    private String contact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ParticipantRole role;

    @Column(name = "legal_basis", nullable = false)
    private String legalBasis;
    /** The line the basis stood for when the participant joined; a recorded basis never changes its line. */
    @Enumerated(EnumType.STRING)
    @Column(name = "legal_line", nullable = false)
    private LegalLine legalLine;

    @Column(name = "mentor_id")
    private UUID mentorId;

    @Column(name = "mentorship_id")
    private UUID mentorshipId;

    @Column(name = "mentor_kind")
    private String mentorKind;

    @Column(name = "cadence_days", nullable = false)
    private int cadenceDays;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    /** The last day of the mentorship's current grant; null for participations not from a mentorship. */
    @Column(name = "period_ends_on")
    private LocalDate periodEndsOn;

    /** The mentor hours per week the mentorship ordered; null when none was ordered. */
    @Column(name = "hours_per_week")
    private BigDecimal hoursPerWeek;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    static final int MAX_CADENCE_DAYS = 92;

    protected Participant() {
    }

    public static Participant join(UUID planId, String displayName, String username, String contact,
                                   ParticipantRole role, LegalBasisTerms basis, Integer cadenceDays, LocalDate startedOn,
                                   Instant now) {
        if (!Roles.allows(role, basis)) {
            throw RuleViolation.onField("A " + role + " cannot act under " + basis.code() + "; the roles under it: "
                    + basis.roles(), "legalBasis", "not allowed for role " + role);
        }
        Participant p = new Participant();
        p.id = NewIds.next();
        p.planId = planId;
        p.displayName = displayName;
        p.username = username;
        p.contact = contact;
        p.role = role;
        p.legalBasis = basis.code();
        p.legalLine = basis.line();
        p.cadenceDays = cadenceDays != null ? cadenceDays : Roles.defaultCadenceDays(role);
        p.startedOn = startedOn;
        p.addedAt = now;
        return p;
    }

    /** The mentor of a mentorship that matching-service started, with its grant period, hours and cadence. */
    public static Participant fromMentorship(UUID planId, Mentorship m, LocalDate startsOn, Instant now) {
        Participant p = join(planId, m.mentorName(), m.mentorUsername(), null, m.role(), m.basis(), null, startsOn, now);
        p.mentorshipId = m.mentorshipId();
        p.mentorId = m.mentorId();
        p.mentorKind = m.mentorKind();
        if ("VOLUNTEER".equals(m.mentorKind())) {
            p.cadenceDays = Roles.FORTNIGHTLY;
        }
        p.grant(m.endsOn(), m.hoursPerWeek(), m.meetingEveryDays());
        return p;
    }

    /** What matching-service tells about a mentorship when it starts. */
    public record Mentorship(UUID mentorshipId, UUID mentorId, String mentorName, String mentorUsername,
                             String mentorKind, ParticipantRole role, LegalBasisTerms basis, LocalDate endsOn,
                             BigDecimal hoursPerWeek, Integer meetingEveryDays) {
    }

    /**
     * A grant of the mentorship: its last day, the ordered hours and, when the referral ordered one, the
     * cadence the meeting alert holds the mentor to (otherwise the role's default stays).
     */
    public void grant(LocalDate endsOn, BigDecimal hoursPerWeek, Integer meetingEveryDays) {
        this.periodEndsOn = endsOn;
        this.hoursPerWeek = hoursPerWeek;
        if (meetingEveryDays != null) {
            // the column allows a quarter at most; a longer order would still be overdue after a quarter
            this.cadenceDays = Math.min(meetingEveryDays, MAX_CADENCE_DAYS);
        }
    }

    /** Whether the day lies within the mentorship's granted period (from its start to its current end). */
    public boolean withinPeriod(LocalDate day) {
        return !day.isBefore(startedOn) && (periodEndsOn == null || !day.isAfter(periodEndsOn));
    }

    public void end(LocalDate endedOn) {
        this.endedOn = endedOn.isBefore(startedOn) ? startedOn : endedOn;
    }

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(startedOn) && (endedOn == null || !day.isAfter(endedOn));
    }

    public boolean ended() {
        return endedOn != null;
    }

    /** Whether this participation belongs to the person with that user name. */
    public boolean heldBy(String user) {
        return username != null && username.equals(user);
    }

    public LegalLine line() {
        return legalLine;
    }

    public UUID id() { return id; }
    public UUID planId() { return planId; }
    public String displayName() { return displayName; }
    public String username() { return username; }
    public String contact() { return contact; }
    public ParticipantRole role() { return role; }
    public String legalBasis() { return legalBasis; }
    public UUID mentorId() { return mentorId; }
    public UUID mentorshipId() { return mentorshipId; }
    public String mentorKind() { return mentorKind; }
    public int cadenceDays() { return cadenceDays; }
    public LocalDate startedOn() { return startedOn; }
    public LocalDate endedOn() { return endedOn; }
    public Instant addedAt() { return addedAt; }
    public LocalDate periodEndsOn() { return periodEndsOn; }
    public BigDecimal hoursPerWeek() { return hoursPerWeek; }
}
