package dk.mentor.refusion.api;

import dk.mentor.refusion.domain.CeilingKind;
import dk.mentor.refusion.domain.ClaimPeriod;
import dk.mentor.refusion.domain.ExpenseType;
import dk.mentor.refusion.domain.RefundRounding;
import dk.mentor.refusion.domain.RuleSet;
import dk.mentor.refusion.domain.RuleStatus;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RuleSetRequest", description = "The terms of an effective-dated refund rule.")
public record RuleSetRequest(
        @Schema(description = "The regime the rule belongs to; claims are made per regime.", example = "LAB_2014")
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9_]+") String regime,
        @Schema(description = "The legal basis code the rule judges.", example = "LAB_31B") @NotBlank String legalBasis,
        @Schema(description = "A TargetGroup name the rule is limited to, or null for every citizen.", example = "INSURED_UNEMPLOYED")
        String targetGroup,
        @Schema(description = "The expense type the rule judges.", example = "WAGE") @NotNull ExpenseType expenseType,
        @Schema(description = "A municipality the rule is limited to (e.g. its own ceiling amount), or null for all.", example = "0751")
        String municipality,
        @Schema(description = "Share of the expense the state refunds, 0 to 1.", example = "0.5")
        @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal refundRate,
        @Schema(description = "How the refund or spending is limited.", example = "REFUSION_CEILING") @NotNull CeilingKind ceilingKind,
        @Schema(description = "The ceiling in kroner per municipality and year; null while unknown.", example = "1250000.00")
        @DecimalMin("0") BigDecimal ceilingAmount,
        @Schema(description = "The account code (kontering) of the expense.", example = "5.68.98.019") @Size(max = 40) String accountCode,
        @Schema(description = "How often the refund is claimed.", example = "QUARTER") @NotNull ClaimPeriod claimPeriod,
        @Schema(description = "First day the rule is in force.", example = "2014-01-01") @NotNull LocalDate validFrom,
        @Schema(description = "Last day the rule is in force, or null while it is.", example = "2015-12-31") LocalDate validTo,
        @Schema(description = "Older form of status: true means PLACEHOLDER, false IN_FORCE. Used only when status is absent.", example = "false")
        boolean placeholder,
        @Schema(description = "How settled the rule is: IN_FORCE (adopted act or guidance), PROPOSED (a bill) or PLACEHOLDER (the sources do not settle it). Absent: taken from placeholder.",
                example = "IN_FORCE") RuleStatus status,
        @Schema(description = "Whether the ceiling is a frame shared with spending the suite does not record (e.g. other active measures). Absent: false.",
                example = "false") Boolean sharedFrame,
        @Schema(description = "How a claim's refund is rounded: PER_CLAIM_HALF_UP (once per rate) or PER_LINE_HALF_UP. Absent: PER_CLAIM_HALF_UP.",
                example = "PER_CLAIM_HALF_UP") RefundRounding refundRounding,
        @Schema(description = "Where the rule comes from (law, circular, guidance).", example = "Kontanthjælpsreform 2014, 001 p.14")
        @NotBlank @Size(max = 2000) String sourceNote) {

    RuleSet.Terms toTerms() {
        return new RuleSet.Terms(regime, legalBasis, blankToNull(targetGroup), expenseType, blankToNull(municipality),
                refundRate, ceilingKind, ceilingAmount, blankToNull(accountCode), claimPeriod, validFrom, validTo,
                status != null ? status : placeholder ? RuleStatus.PLACEHOLDER : RuleStatus.IN_FORCE,
                Boolean.TRUE.equals(sharedFrame), refundRounding == null ? RefundRounding.PER_CLAIM_HALF_UP : refundRounding,
                sourceNote);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
