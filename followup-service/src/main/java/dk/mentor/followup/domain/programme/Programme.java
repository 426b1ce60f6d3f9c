package dk.mentor.followup.domain.programme;

import dk.mentor.contracts.codes.MunicipalityCode;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A programme several municipalities run together and report on as one (seed 003 pp.1, 3-4: up to
 * eight municipalities, a common registration system, status notes with quantitative data). Members
 * join and leave on dates; a plan of a member municipality can be enrolled.
 */
@Entity
@Table(name = "programme")
public class Programme {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProgrammeKind kind;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_member", joinColumns = @JoinColumn(name = "programme_id"))
    private List<Membership> members = new ArrayList<>();
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected Programme() {
    }

    public static Programme create(String name, ProgrammeKind kind, String createdBy, Instant now) {
        Programme p = new Programme();
        p.id = NewIds.next();
        p.name = name;
        p.kind = kind;
        p.createdBy = createdBy;
        p.createdAt = now;
        return p;
    }

    /** A municipality joins; one that left may not rejoin under the same membership (its history stays). */
    public void join(String municipality, LocalDate on) {
        if (!MunicipalityCode.isValid(municipality)) {
            throw RuleViolation.onField("Only a Danish municipality can join", "municipality", "is not a municipality code");
        }
        if (membership(municipality).isPresent()) {
            throw RuleViolation.stateConflict("Municipality " + municipality + " is already a member of the programme");
        }
        members.add(new Membership(municipality, on));
    }

    public void leave(String municipality, LocalDate on) {
        Membership m = membership(municipality).orElseThrow(() -> RuleViolation.onField(
                "Only a member can leave", "municipality", "is not a member of the programme"));
        if (m.leftOn() != null) {
            throw RuleViolation.stateConflict("Municipality " + municipality + " left the programme on " + m.leftOn());
        }
        if (on.isBefore(m.joinedOn())) {
            throw RuleViolation.onField("A municipality leaves after it joined", "leftOn",
                    "must not be before " + m.joinedOn());
        }
        m.leave(on);
    }

    public Optional<Membership> membership(String municipality) {
        return members.stream().filter(m -> m.municipality().equals(municipality)).findFirst();
    }

    /** The members on any day of the period, by code. */
    public List<String> membersDuring(LocalDate from, LocalDate to) {
        return members.stream().filter(m -> m.during(from, to)).map(Membership::municipality).sorted().toList();
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public ProgrammeKind kind() { return kind; }
    public List<Membership> members() {
        return members.stream().sorted(Comparator.comparing(Membership::municipality)).toList();
    }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public long version() { return version; }
}
