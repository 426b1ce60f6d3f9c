package dk.mentor.refusion.api;

import dk.mentor.refusion.application.DraftClaim;
import dk.mentor.refusion.domain.ClaimStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies a finance officer sends about claims. */
public final class ClaimRequests {

    private ClaimRequests() {
    }

    @Schema(name = "DraftClaimRequest", description = "Which municipality, regime and period to claim for.")
    public record Draft(
            @Schema(description = "The claiming municipality's code.", example = "0751")
            @NotBlank @Pattern(regexp = "[0-9]{4}") String municipality,
            @Schema(description = "The regime claimed under.", example = "LAB_2009") @NotBlank @Size(max = 40) String regime,
            @Schema(description = "First day of the claim period.", example = "2010-01-01") @NotNull LocalDate periodFrom,
            @Schema(description = "Last day of the claim period, in the same year.", example = "2010-03-31") @NotNull LocalDate periodTo) {

        DraftClaim.Command toCommand() {
            return new DraftClaim.Command(municipality, regime, periodFrom, periodTo);
        }
    }

    @Schema(name = "ClaimStatusRequest", description = "The next status of a claim.")
    public record Move(
            @Schema(description = "SUBMITTED, APPROVED, REJECTED or PAID.", example = "SUBMITTED") @NotNull ClaimStatus status,
            @Schema(description = "Why; required for a rejection (the state's reason).", example = "Missing documentation of hours")
            @Size(max = 1000) String reason) {
    }
}
