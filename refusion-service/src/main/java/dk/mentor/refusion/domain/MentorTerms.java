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

    @Column(name = "training_paid", nullable = false)
    private boolean trainingPaid;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    protected MentorTerms() {
    }

    public static MentorTerms of(UUID mentorId, long profileVersion, String homeMunicipality, String kind,
                                 BigDecimal hourlyRate, boolean transportPaid, boolean cancellationsPaid,
                                 boolean trainingPaid, LocalDate effectiveFrom) {
        MentorTerms terms = new MentorTerms();
        terms.mentorId = mentorId;
        terms.profileVersion = profileVersion;
        terms.homeMunicipality = homeMunicipality;
        terms.kind = kind;
        terms.hourlyRate = hourlyRate;
        terms.transportPaid = transportPaid;
        terms.cancellationsPaid = cancellationsPaid;
        terms.trainingPaid = trainingPaid;
        terms.effectiveFrom = effectiveFrom;
        return terms;
    }

    /** These terms as they stand in the profile. */
    public MentorTermsOnDate onDate() {
        return agreedAt(hourlyRate);
    }

    /** These terms with the hourly rate a mentorship agreed (null: the mentorship is unpaid). */
    public MentorTermsOnDate agreedAt(BigDecimal agreedRate) {
        return new MentorTermsOnDate(agreedRate, transportPaid, cancellationsPaid, homeMunicipality, kind);
    }

    /**
     * The version in force on a day among a mentor's versions (oldest first); before the first version
     * the catalogue told us of, that first version stands. Empty when no version is known yet.
     */
    public static java.util.Optional<MentorTerms> inForce(java.util.List<MentorTerms> history, LocalDate day) {
        MentorTerms inForce = history.isEmpty() ? null : history.get(0);
        for (MentorTerms version : history) {
            if (!version.effectiveFrom.isAfter(day)) {
                inForce = version;
            }
        }
        return java.util.Optional.ofNullable(inForce);
    }

    /** The hourly rate for the mentor's own training hours, when the terms pay them; else empty. */
    public java.util.Optional<BigDecimal> paidTrainingRate() {
        return trainingPaid && hourlyRate != null ? java.util.Optional.of(hourlyRate) : java.util.Optional.empty();
    }

    public LocalDate effectiveFrom() { return effectiveFrom; }
}
