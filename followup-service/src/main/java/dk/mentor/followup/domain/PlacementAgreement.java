package dk.mentor.followup.domain;

import dk.mentor.contracts.ids.NewIds;
import dk.mentor.contracts.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of a placement's written agreement. Tasks and hours are adapted as the placement goes
 * (seed 002 pp.13-14), so a change is a new version and every version stays with who made it and when.
 */
@Entity
@Table(name = "placement_agreement")
public class PlacementAgreement {

    @Id
    private UUID id;
    @Column(name = "placement_id", nullable = false)
    private UUID placementId;
    @Column(nullable = false)
    private int version;
    @Column(name = "person_and_considerations", nullable = false)
    private String personAndConsiderations;
    @Column(nullable = false)
    private String tasks;
    @Column(name = "hours_per_week", nullable = false)
    private BigDecimal hoursPerWeek;
    @Column(name = "working_hours", nullable = false)
    private String workingHours;
    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;
    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;
    @Column(nullable = false)
    private String purpose;
    @Column(nullable = false)
    private String goals;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "sub_goals", nullable = false)
    private List<String> subGoals;
    @Column(name = "job_centre_responsibilities", nullable = false)
    private String jobCentreResponsibilities;
    @Column(name = "company_responsibilities", nullable = false)
    private String companyResponsibilities;
    @Column(name = "company_mentor_responsibilities")
    private String companyMentorResponsibilities;
    @Column(name = "no_show_procedure", nullable = false)
    private String noShowProcedure;
    @Column(name = "sick_leave_procedure", nullable = false)
    private String sickLeaveProcedure;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PlacementAgreement() {
    }

    /** The next version of the placement's agreement, after {@code previous} (null for the first). */
    public static PlacementAgreement make(Placement placement, PlacementTerms terms, PlacementAgreement previous,
                                          String createdBy, Instant now) {
        List<RuleViolation.FieldIssue> missing = terms.missing(placement.companyMentorParticipantId() != null);
        if (!missing.isEmpty()) {
            throw new RuleViolation("The placement agreement lacks required terms", missing);
        }
        if (terms.periodTo().isBefore(terms.periodFrom())) {
            throw RuleViolation.onField("The period ends before it starts", "periodTo", "must be on or after periodFrom");
        }
        if (terms.hoursPerWeek().signum() <= 0) {
            throw RuleViolation.onField("Hours per week must be more than zero", "hoursPerWeek", "must be more than 0");
        }
        if (placement.status() == Placement.Status.ENDED || placement.status() == Placement.Status.DROPPED_OUT) {
            throw RuleViolation.stateConflict("The placement has ended; its agreement can no longer change");
        }
        PlacementAgreement a = new PlacementAgreement();
        a.id = NewIds.next();
        a.placementId = placement.id();
        a.version = previous == null ? 1 : previous.version + 1;
        a.personAndConsiderations = terms.personAndConsiderations();
        a.tasks = terms.tasks();
        a.hoursPerWeek = terms.hoursPerWeek();
        a.workingHours = terms.workingHours();
        a.periodFrom = terms.periodFrom();
        a.periodTo = terms.periodTo();
        a.purpose = terms.purpose();
        a.goals = terms.goals();
        a.subGoals = terms.subGoals();
        a.jobCentreResponsibilities = terms.jobCentreResponsibilities();
        a.companyResponsibilities = terms.companyResponsibilities();
        a.companyMentorResponsibilities = terms.companyMentorResponsibilities();
        a.noShowProcedure = terms.noShowProcedure();
        a.sickLeaveProcedure = terms.sickLeaveProcedure();
        a.createdBy = createdBy;
        a.createdAt = now;
        return a;
    }

    public UUID id() { return id; }
    public UUID placementId() { return placementId; }
    public int version() { return version; }
    public String personAndConsiderations() { return personAndConsiderations; }
    public String tasks() { return tasks; }
    public BigDecimal hoursPerWeek() { return hoursPerWeek; }
    public String workingHours() { return workingHours; }
    public LocalDate periodFrom() { return periodFrom; }
    public LocalDate periodTo() { return periodTo; }
    public String purpose() { return purpose; }
    public String goals() { return goals; }
    public List<String> subGoals() { return subGoals; }
    public String jobCentreResponsibilities() { return jobCentreResponsibilities; }
    public String companyResponsibilities() { return companyResponsibilities; }
    public String companyMentorResponsibilities() { return companyMentorResponsibilities; }
    public String noShowProcedure() { return noShowProcedure; }
    public String sickLeaveProcedure() { return sickLeaveProcedure; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
}
