package dk.mentor.followup.domain;

import dk.mentor.contracts.codes.ParticipantRole;
import dk.mentor.contracts.codes.PlacementKind;
import dk.mentor.contracts.codes.PlacementOutcome;
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
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A citizen's placement with a company on the plan: virksomhedspraktik, løntilskud or a place at a
 * virksomhedscenter (seed 002 p.4, seed 003). It is planned, starts once the written agreement is made
 * (seed 002 p.12: the agreement is the anchor of every later follow-up), and ends with an outcome; a
 * citizen who stays away drops out, which is not the same as stopping early (seed 002 p.21).
 */
@Entity
@Table(name = "placement")
public class Placement {

    public enum Status { PLANNED, ACTIVE, ENDED, DROPPED_OUT }

    /** The required follow-up falls due this many months after the start (seed 002 p.16). */
    public static final int FOLLOW_UP_MONTHS = 3;

    @Id
    private UUID id;
    @Column(name = "plan_id", nullable = false)
    private UUID planId;
    @Column(name = "company_id", nullable = false)
    private UUID companyId;
    @Column(name = "contact_id", nullable = false)
    private UUID contactId;
    @Column(name = "company_mentor_participant_id")
    private UUID companyMentorParticipantId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlacementKind kind;
    @Column(name = "planned_from", nullable = false)
    private LocalDate plannedFrom;
    @Column(name = "planned_to", nullable = false)
    private LocalDate plannedTo;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "started_on")
    private LocalDate startedOn;
    @Column(name = "ended_on")
    private LocalDate endedOn;
    @Enumerated(EnumType.STRING)
    private PlacementOutcome outcome;
    private String summary;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected Placement() {
    }

    /**
     * @param companyMentor the plan's company mentor for the placement, or null; it must be a COMPANY_MENTOR
     *                      participation of the same plan that has not ended
     */
    public static Placement plan(Plan plan, Company company, CompanyContact contact, Participant companyMentor,
                                 PlacementKind kind, LocalDate plannedFrom, LocalDate plannedTo, String createdBy,
                                 Instant now) {
        if (!contact.companyId().equals(company.id())) {
            throw RuleViolation.onField("The contact person works at another company", "contactId",
                    "is not a contact person of company " + company.cvr());
        }
        if (plannedTo.isBefore(plannedFrom)) {
            throw RuleViolation.onField("The placement ends before it starts", "plannedTo", "must be on or after plannedFrom");
        }
        if (companyMentor != null && (companyMentor.role() != ParticipantRole.COMPANY_MENTOR
                || companyMentor.ended())) {
            throw RuleViolation.onField("The company mentor must be a company mentor on the plan", "companyMentorParticipantId",
                    "is a " + companyMentor.role() + (companyMentor.ended() ? " who has left the plan" : ""));
        }
        Placement p = new Placement();
        p.id = NewIds.next();
        p.planId = plan.id();
        p.companyId = company.id();
        p.contactId = contact.id();
        p.companyMentorParticipantId = companyMentor == null ? null : companyMentor.id();
        p.kind = kind;
        p.plannedFrom = plannedFrom;
        p.plannedTo = plannedTo;
        p.status = Status.PLANNED;
        p.createdBy = createdBy;
        p.createdAt = now;
        return p;
    }

    /** The citizen's first day at the company; the written agreement must be made first (seed 002 p.12). */
    public void start(LocalDate on, PlacementAgreement agreement) {
        if (status != Status.PLANNED) {
            throw RuleViolation.stateConflict("The placement is " + status + ", so it cannot start");
        }
        if (agreement == null) {
            throw RuleViolation.onField("The written placement agreement must be made before the placement starts",
                    "agreement", "is required before the start");
        }
        this.startedOn = on;
        this.status = Status.ACTIVE;
    }

    /** Ends the placement with its outcome and the summing-up of what made it work or fail (seed 002 pp.21-22). */
    public void end(LocalDate on, PlacementOutcome outcome, String summary) {
        if (status != Status.ACTIVE) {
            throw RuleViolation.stateConflict("The placement is " + status + ", so it cannot end");
        }
        if (on.isBefore(startedOn)) {
            throw RuleViolation.onField("The placement ends before it started", "endedOn", "must be on or after " + startedOn);
        }
        this.endedOn = on;
        this.outcome = outcome;
        this.summary = summary;
        this.status = outcome.dropOut() ? Status.DROPPED_OUT : Status.ENDED;
    }

    /** The middle of the agreed period (of the planned period before an agreement), when the midway evaluation falls due. */
    public LocalDate midwayDue(PlacementAgreement agreement) {
        LocalDate from = agreement == null ? plannedFrom : agreement.periodFrom();
        LocalDate to = agreement == null ? plannedTo : agreement.periodTo();
        return from.plusDays(ChronoUnit.DAYS.between(from, to) / 2);
    }

    /** The required 3-month follow-up's due day, counted from the start; null before the start. */
    public LocalDate followUpDue() {
        return startedOn == null ? null : startedOn.plusMonths(FOLLOW_UP_MONTHS);
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    public UUID id() { return id; }
    public UUID planId() { return planId; }
    public UUID companyId() { return companyId; }
    public UUID contactId() { return contactId; }
    public UUID companyMentorParticipantId() { return companyMentorParticipantId; }
    public PlacementKind kind() { return kind; }
    public LocalDate plannedFrom() { return plannedFrom; }
    public LocalDate plannedTo() { return plannedTo; }
    public Status status() { return status; }
    public LocalDate startedOn() { return startedOn; }
    public LocalDate endedOn() { return endedOn; }
    public PlacementOutcome outcome() { return outcome; }
    public String summary() { return summary; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public long version() { return version; }
}
