package dk.mentor.refusion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One version of a mentor's paid terms, in force from the day the catalogue changed them. */
@Entity
@Table(name = "mentor_terms")
public class MentorTerms {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "mentor_id", nullable = false)
    private UUID mentorId;

    @Column(name = "profile_version", nullable = false)
    private long profileVersion;

    @Column(name = "home_municipality", nullable = false)
    private String homeMunicipality;

    @Column(nullable = false)
    private String kind;

    @Column(name = "hourly_rate")
    private BigDecimal hourlyRate;

    @Column(name = "transport_paid", nullable = false)
    private boolean transportPaid;

    @Column(name = "cancellations_paid", nullable = false)
    private boolean cancellationsPaid;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    protected MentorTerms() {
    }

    public static MentorTerms of(UUID mentorId, long profileVersion, String homeMunicipality, String kind,
                                 BigDecimal hourlyRate, boolean transportPaid, boolean cancellationsPaid,
                                 LocalDate effectiveFrom) {
        MentorTerms terms = new MentorTerms();
        terms.mentorId = mentorId;
        terms.profileVersion = profileVersion;
        terms.homeMunicipality = homeMunicipality;
        terms.kind = kind;
        terms.hourlyRate = hourlyRate;
        terms.transportPaid = transportPaid;
        terms.cancellationsPaid = cancellationsPaid;
        terms.effectiveFrom = effectiveFrom;
        return terms;
    }

    /** These terms, with the hourly rate the mentorship agreed at its start instead of the profile's. */
    public MentorTermsOnDate onDate(BigDecimal rateOverride) {
        return new MentorTermsOnDate(rateOverride != null ? rateOverride : hourlyRate, transportPaid, cancellationsPaid,
                homeMunicipality, kind);
    }

    public LocalDate effectiveFrom() { return effectiveFrom; }
}
