package dk.mentor.refusion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A mentorship as matching announced it: who serves whom, under which basis, at what rate at the start. */
@Entity
@Table(name = "mentorship_fact")
public class MentorshipFact {

    @Id
    @Column(name = "mentorship_id")
    private UUID mentorshipId;

    @Column(name = "plan_id", nullable = false)
    private UUID planId;

    @Column(name = "mentor_id", nullable = false)
    private UUID mentorId;

    @Column(name = "mentor_kind", nullable = false)
    private String mentorKind;

    @Column(name = "mentor_municipality", nullable = false)
    private String mentorMunicipality;

    @Column(name = "acting_municipality", nullable = false)
    private String actingMunicipality;

    @Column(name = "legal_basis", nullable = false)
    private String legalBasis;

    @Column(name = "hourly_rate")
    private BigDecimal hourlyRate;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "target_groups", nullable = false)
    private List<String> targetGroups;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected MentorshipFact() {
    }

    public static MentorshipFact started(UUID mentorshipId, UUID planId, UUID mentorId, String mentorKind,
                                         String mentorMunicipality, String actingMunicipality, String legalBasis,
                                         BigDecimal hourlyRate, List<String> targetGroups, LocalDate startsOn,
                                         LocalDate endsOn) {
        MentorshipFact m = new MentorshipFact();
        m.mentorshipId = mentorshipId;
        m.planId = planId;
        m.mentorId = mentorId;
        m.mentorKind = mentorKind;
        m.mentorMunicipality = mentorMunicipality;
        m.actingMunicipality = actingMunicipality;
        m.legalBasis = legalBasis;
        m.hourlyRate = hourlyRate;
        m.targetGroups = List.copyOf(targetGroups);
        m.startsOn = startsOn;
        m.endsOn = endsOn;
        return m;
    }

    public void ended(LocalDate on) {
        endedOn = on;
    }

    public UUID planId() { return planId; }
    public UUID mentorId() { return mentorId; }
    public String mentorKind() { return mentorKind; }
    public String mentorMunicipality() { return mentorMunicipality; }
    public String actingMunicipality() { return actingMunicipality; }
    public String legalBasis() { return legalBasis; }
    public BigDecimal hourlyRate() { return hourlyRate; }
    public List<String> targetGroups() { return targetGroups; }
}
