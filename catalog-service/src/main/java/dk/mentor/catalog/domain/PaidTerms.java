package dk.mentor.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * What the mentor is paid and which hours count as paid (seed 000 p.20, point 8): transport time,
 * meetings the citizen cancels, and the mentor's own training.
 */
@Embeddable
public record PaidTerms(
        @Column(name = "hourly_rate") BigDecimal hourlyRate,
        @Column(name = "transport_paid") boolean transportPaid,
        @Column(name = "cancellations_paid") boolean cancellationsPaid,
        @Column(name = "training_paid") boolean trainingPaid) {

    public static final PaidTerms UNPAID = new PaidTerms(null, false, false, false);
}
