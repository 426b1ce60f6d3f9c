package dk.mentor.catalog.api;

import dk.mentor.catalog.domain.PaidTerms;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PaidTerms", description = "The mentor's pay and which hours count as paid (seed 000 p.20, point 8).")
public record PaidTermsDto(
        @Schema(description = "Hourly rate in DKK; absent for an unpaid mentor.", example = "350.00")
        @DecimalMin("0") @DecimalMax("5000") @Digits(integer = 4, fraction = 2) BigDecimal hourlyRate,
        @Schema(description = "Whether transport time counts as paid hours.", example = "true") boolean transportPaid,
        @Schema(description = "Whether a meeting the citizen cancels counts as paid hours.", example = "false") boolean cancellationsPaid,
        @Schema(description = "Whether the mentor's own training counts as paid hours.", example = "true") boolean trainingPaid) {

    PaidTerms toTerms() {
        return new PaidTerms(hourlyRate == null ? null : hourlyRate.setScale(2, RoundingMode.HALF_UP), transportPaid,
                cancellationsPaid, trainingPaid);
    }

    static PaidTermsDto of(PaidTerms t) {
        return new PaidTermsDto(t.hourlyRate(), t.transportPaid(), t.cancellationsPaid(), t.trainingPaid());
    }
}
