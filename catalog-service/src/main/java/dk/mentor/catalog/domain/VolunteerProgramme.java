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
 * A mentor corps' volunteer programme for a period (seed 004 pp.3, 5): targets for volunteers, mentees and
 * matches (the source planned 240/240/240), and the commitment a volunteer gives, half a year in the source's
 * rules of the game (004 p.11). The municipalities it serves are the corps' agreements; results are counted
 * from the entries and matches, never stored here.
 */
@Entity
@Table(name = "volunteer_programme")
public class VolunteerProgramme {

    /** The planned figures of 004 p.5. */
    public record Targets(int volunteers, int mentees, int matches) {
    }

    @Id
    private UUID id;
    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;
    @Column(nullable = false)
    private String name;
    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;
    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;
    @Column(name = "target_volunteers", nullable = false)
    private int targetVolunteers;
    @Column(name = "target_mentees", nullable = false)
    private int targetMentees;
    @Column(name = "target_matches", nullable = false)
    private int targetMatches;
    @Column(name = "commitment_months", nullable = false)
    private int commitmentMonths;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected VolunteerProgramme() {
    }

    /** @throws RuleViolation when the organisation is not a mentor corps or the period ends before it starts */
    public static VolunteerProgramme start(Organisation corps, String name, LocalDate from, LocalDate to, Targets targets,
                                           int commitmentMonths, String by, Instant now) {
        if (corps.kind() != Organisation.Kind.MENTOR_CORPS) {
            throw RuleViolation.onField("A volunteer programme is run by a mentor corps", "organisationId",
                    "is a " + corps.kind() + ", not a MENTOR_CORPS");
        }
        if (to.isBefore(from)) {
            throw RuleViolation.onField("A programme cannot end before it starts", "periodTo", "is before periodFrom");
        }
        VolunteerProgramme p = new VolunteerProgramme();
        p.id = NewIds.next();
        p.organisationId = corps.id();
        p.name = name;
        p.periodFrom = from;
        p.periodTo = to;
        p.targetVolunteers = targets.volunteers();
        p.targetMentees = targets.mentees();
        p.targetMatches = targets.matches();
        p.commitmentMonths = commitmentMonths;
        p.createdBy = by;
        p.createdAt = now;
        return p;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(periodFrom) && !day.isAfter(periodTo);
    }

    public UUID id() { return id; }
    public UUID organisationId() { return organisationId; }
    public String name() { return name; }
    public LocalDate periodFrom() { return periodFrom; }
    public LocalDate periodTo() { return periodTo; }
    public Targets targets() { return new Targets(targetVolunteers, targetMentees, targetMatches); }
    public int commitmentMonths() { return commitmentMonths; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
}
