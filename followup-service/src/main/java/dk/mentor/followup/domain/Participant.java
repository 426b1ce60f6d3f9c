package dk.mentor.followup.domain;

import dk.mentor.contracts.codes.LegalBasis;
import dk.mentor.contracts.codes.LegalLine;
import dk.mentor.contracts.codes.ParticipantRole;
import dk.mentor.contracts.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected Participant() {
    }

    public static Participant join(UUID planId, String displayName, String username, String contact,
                                   ParticipantRole role, LegalBasis basis, Integer cadenceDays, LocalDate startedOn,
                                   Instant now) {
        if (!Roles.allows(role, basis)) {
            throw RuleViolation.onField("A " + role + " cannot act under " + basis.code() + "; allowed: "
                    + Roles.allowedBases(role).stream().map(LegalBasis::code).sorted().toList(), "legalBasis", "not allowed for role " + role);
        }
        Participant p = new Participant();
        p.id = UUID.randomUUID();
        p.planId = planId;
        p.displayName = displayName;
        p.username = username;
        p.contact = contact;
        p.role = role;
        p.legalBasis = basis.code();
        p.cadenceDays = cadenceDays != null ? cadenceDays : Roles.defaultCadenceDays(role);
        p.startedOn = startedOn;
        p.addedAt = now;
        return p;
    }

    /** The mentor of a mentorship that matching-service started. */
    public static Participant fromMentorship(UUID planId, UUID mentorshipId, UUID mentorId, String mentorName,
                                             String mentorUsername, String mentorKind, ParticipantRole role,
                                             LegalBasis basis, LocalDate startsOn, Instant now) {
        Participant p = join(planId, mentorName, mentorUsername, null, role, basis, null, startsOn, now);
        p.mentorshipId = mentorshipId;
        p.mentorId = mentorId;
        p.mentorKind = mentorKind;
        if ("VOLUNTEER".equals(mentorKind)) {
            p.cadenceDays = Roles.FORTNIGHTLY;
        }
        return p;
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
        return LegalBasis.fromCode(legalBasis).line();
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
}
