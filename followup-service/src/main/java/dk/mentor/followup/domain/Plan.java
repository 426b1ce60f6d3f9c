package dk.mentor.followup.domain;

import dk.mentor.contracts.codes.ClosureOutcome;
import dk.mentor.contracts.codes.LegalLine;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.generator.EventType;
import org.hibernate.type.SqlTypes;

/**
 * The citizen's one shared plan, owned by the acting municipality (handlekommune) and its
 * coordinating caseworker, on the administrative line it was opened on.
 */
@Entity
@Table(name = "plan")
public class Plan {

    /** A closed plan may still have aftercare meetings until its aftercare ends. */
    public enum Status { ACTIVE, CLOSED }

    public static final int MAX_AFTERCARE_MONTHS = 12;

    @Id
    private UUID id;

    @Column(name = "citizen_id", nullable = false)
    private UUID citizenId;

    @Column(name = "owner_municipality", nullable = false)
    private String ownerMunicipality;

    @Column(name = "coordinating_caseworker", nullable = false)
    private String coordinatingCaseworker;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LegalLine line;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "long_term_goal", nullable = false)
    private String longTermGoal;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "target_groups", nullable = false)
    private List<String> targetGroups;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_linked_plan", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<LinkedPlan> linkedPlans = new ArrayList<>();

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    private ClosureOutcome outcome;

    @Column(name = "aftercare_until")
    private LocalDate aftercareUntil;

    @Column(name = "efforts_summary")
    private String effortsSummary;

    @Column(name = "planned_future_efforts")
    private String plannedFutureEfforts;

    @Version
    private long version;

    /** The case system that created it, e.g. sbsys; set with {@link #externalId} or not at all. */
    @Column(name = "external_system")
    private String externalSystem;

    /** The creating case system's own key; unique with the system in the owning municipality. */
    @Column(name = "external_id")
    private String externalId;

    /** When the plan or anything on it last changed; kept by the database's triggers (migration V2). */
    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(name = "updated_at", insertable = false, updatable = false)
    private Instant updatedAt;

    protected Plan() {
    }

    public static Plan open(UUID citizenId, String ownerMunicipality, String coordinatingCaseworker, LegalLine line,
                            String longTermGoal, List<String> targetGroups, List<LinkedPlan> linkedPlans,
                            LocalDate openedOn, Instant now) {
        Plan plan = new Plan();
        plan.id = NewIds.next();
        plan.citizenId = citizenId;
        plan.ownerMunicipality = ownerMunicipality;
        plan.coordinatingCaseworker = coordinatingCaseworker;
        plan.line = line;
        plan.status = Status.ACTIVE;
        plan.longTermGoal = longTermGoal;
        plan.targetGroups = List.copyOf(targetGroups);
        plan.linkedPlans = new ArrayList<>(linkedPlans);
        plan.openedOn = openedOn;
        plan.openedAt = now;
        return plan;
    }

    public void revise(String longTermGoal, List<LinkedPlan> linkedPlans) {
        requireActive();
        this.longTermGoal = longTermGoal;
        this.linkedPlans.clear();
        this.linkedPlans.addAll(linkedPlans);
    }

    /**
     * Closes the plan with a coded outcome. Aftercare (efterværn) may follow for up to 12 months
     * after closure (seed 002 p.23).
     */
    public void close(ClosureOutcome outcome, LocalDate closedOn, int aftercareMonths, String effortsSummary,
                      String plannedFutureEfforts) {
        requireActive();
        if (closedOn.isBefore(openedOn)) {
            throw RuleViolation.onField("A plan cannot close before it opened on " + openedOn, "closedOn",
                    "must be on or after " + openedOn);
        }
        if (aftercareMonths < 0 || aftercareMonths > MAX_AFTERCARE_MONTHS) {
            throw RuleViolation.onField("Aftercare lasts at most " + MAX_AFTERCARE_MONTHS + " months",
                    "aftercareMonths", "must be 0 to " + MAX_AFTERCARE_MONTHS);
        }
        this.status = Status.CLOSED;
        this.outcome = outcome;
        this.closedOn = closedOn;
        this.aftercareUntil = aftercareMonths == 0 ? null : closedOn.plusMonths(aftercareMonths);
        this.effortsSummary = effortsSummary;
        this.plannedFutureEfforts = plannedFutureEfforts;
    }

    /** Ownership, and with it access, moves to the receiving municipality and its caseworker. */
    /** Records the key the creating case system knows this by; set once, on creation. */
    public void referTo(String system, String id) {
        externalSystem = system;
        externalId = id;
    }

    /** The external reference was the handing-over municipality's case system's key, so it ends here. */
    public void handOverTo(String municipality, String caseworker) {
        requireActive();
        this.ownerMunicipality = municipality;
        this.coordinatingCaseworker = caseworker;
        referTo(null, null);
    }

    /** Whether meetings may still be logged on that day: while active, or within aftercare. */
    /** A closed plan still takes meetings held while it was active, and those of its aftercare. */
    public boolean openForMeetingsOn(LocalDate day) {
        return status == Status.ACTIVE || !day.isAfter(aftercareUntil != null ? aftercareUntil : closedOn);
    }

    public void requireActive() {
        if (status != Status.ACTIVE) {
            throw new RuleViolation("The plan is closed");
        }
    }

    public UUID id() { return id; }
    public UUID citizenId() { return citizenId; }
    public String ownerMunicipality() { return ownerMunicipality; }
    public String coordinatingCaseworker() { return coordinatingCaseworker; }
    public LegalLine line() { return line; }
    public Status status() { return status; }
    public boolean active() { return status == Status.ACTIVE; }
    public String longTermGoal() { return longTermGoal; }
    public List<String> targetGroups() { return targetGroups; }
    public List<LinkedPlan> linkedPlans() { return List.copyOf(linkedPlans); }
    public LocalDate openedOn() { return openedOn; }
    public Instant openedAt() { return openedAt; }
    public LocalDate closedOn() { return closedOn; }
    public ClosureOutcome outcome() { return outcome; }
    public LocalDate aftercareUntil() { return aftercareUntil; }
    public String effortsSummary() { return effortsSummary; }
    public String plannedFutureEfforts() { return plannedFutureEfforts; }
    public long version() { return version; }
    public String externalSystem() { return externalSystem; }
    public String externalId() { return externalId; }
    public Instant updatedAt() { return updatedAt; }
}
