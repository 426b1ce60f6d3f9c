package dk.mentor.refusion.api;

import dk.mentor.refusion.application.PostFee;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FeeRequest", description = "A fee the municipality paid, e.g. a supplier's fee for a mentorship.")
public record FeeRequest(
        @Schema(description = "The paying municipality.", example = "0751", required = true) String municipality,
        @Schema(description = "The mentorship the fee is for, or null for a fee not tied to one.", example = "3f0c2a9e-6b1d-4c57-9a8e-2d4f1b7c5e10") UUID mentorshipId,
        @Schema(description = "The LegalBasis code; defaults to the mentorship's.", example = "LAB_78") String legalBasis,
        @Schema(description = "The day of the expense; the rules in force that day judge it.", example = "2025-02-03", required = true) LocalDate expenseDate,
        @Schema(description = "The fee in kroner, positive, two decimals at most.", example = "2500.00", required = true) BigDecimal amount) {

    PostFee.Command toCommand() {
        return new PostFee.Command(municipality, mentorshipId, legalBasis, expenseDate, amount);
    }
}
