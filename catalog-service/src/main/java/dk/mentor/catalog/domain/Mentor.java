package dk.mentor.catalog.domain;

import dk.mentor.contracts.codes.LegalBasis;
import dk.mentor.contracts.codes.MentorKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A mentor in the catalogue, owned by their home municipality. */
@Entity
@Table(name = "mentor")
public class Mentor {

    @Id
    private UUID id;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MentorKind kind;

    @Column(name = "home_municipality", nullable = false)
    private String homeMunicipality;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "legal_bases", nullable = false)
    private List<String> legalBases;

    @Column(name = "capacity_citizens", nullable = false)
    private int capacityCitizens;

    @Column(name = "capacity_hours_per_week", nullable = false)
    private BigDecimal capacityHoursPerWeek;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Version
    private long version;

    protected Mentor() {
    }

    public static Mentor register(String displayName, MentorKind kind, String homeMunicipality,
                                  List<LegalBasis> legalBases, int capacityCitizens, BigDecimal capacityHoursPerWeek,
                                  Instant now) {
        if (legalBases.isEmpty() && kind != MentorKind.VOLUNTEER) {
            throw new MentorRuleException("A " + kind + " must be allowed to act under at least one legal basis;"
                    + " only a volunteer may have none");
        }
        Mentor mentor = new Mentor();
        mentor.id = UUID.randomUUID();
        mentor.displayName = displayName;
        mentor.kind = kind;
        mentor.homeMunicipality = homeMunicipality;
        mentor.legalBases = legalBases.stream().map(LegalBasis::code).distinct().sorted().toList();
        mentor.capacityCitizens = capacityCitizens;
        mentor.capacityHoursPerWeek = capacityHoursPerWeek;
        mentor.registeredAt = now;
        return mentor;
    }

    public UUID id() { return id; }
    public String displayName() { return displayName; }
    public MentorKind kind() { return kind; }
    public String homeMunicipality() { return homeMunicipality; }
    public List<String> legalBases() { return legalBases; }
    public int capacityCitizens() { return capacityCitizens; }
    public BigDecimal capacityHoursPerWeek() { return capacityHoursPerWeek; }
    public Instant registeredAt() { return registeredAt; }
    public long version() { return version; }
}
