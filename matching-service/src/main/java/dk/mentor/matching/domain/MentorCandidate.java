package dk.mentor.matching.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A mentor as matching knows them: a read model of the catalogue's events. */
@Entity
@Table(name = "mentor_candidate")
public class MentorCandidate {

    @Id
    @Column(name = "mentor_id")
    private UUID mentorId;

    @Column(name = "home_municipality", nullable = false)
    private String homeMunicipality;

    @Column(nullable = false)
    private String kind;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "legal_bases", nullable = false)
    private List<String> legalBases;

    @Column(name = "capacity_citizens", nullable = false)
    private int capacityCitizens;

    @Column(name = "capacity_hours_per_week", nullable = false)
    private BigDecimal capacityHoursPerWeek;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    /** How many catalogue events shaped this row; a redelivered event must not raise it. */
    @Column(name = "events_applied", nullable = false)
    private int eventsApplied;

    @Column(name = "last_event_id", nullable = false)
    private String lastEventId;

    protected MentorCandidate() {
    }

    public static MentorCandidate registered(UUID mentorId, String homeMunicipality, String kind,
                                             List<String> legalBases, int capacityCitizens,
                                             BigDecimal capacityHoursPerWeek, Instant registeredAt, String eventId) {
        MentorCandidate candidate = new MentorCandidate();
        candidate.mentorId = mentorId;
        candidate.homeMunicipality = homeMunicipality;
        candidate.kind = kind;
        candidate.legalBases = List.copyOf(legalBases);
        candidate.capacityCitizens = capacityCitizens;
        candidate.capacityHoursPerWeek = capacityHoursPerWeek;
        candidate.registeredAt = registeredAt;
        candidate.eventsApplied = 1;
        candidate.lastEventId = eventId;
        return candidate;
    }

    public UUID mentorId() { return mentorId; }
    public String homeMunicipality() { return homeMunicipality; }
    public String kind() { return kind; }
    public List<String> legalBases() { return legalBases; }
    public int capacityCitizens() { return capacityCitizens; }
    public BigDecimal capacityHoursPerWeek() { return capacityHoursPerWeek; }
    public Instant registeredAt() { return registeredAt; }
    public int eventsApplied() { return eventsApplied; }
    public String lastEventId() { return lastEventId; }
}
