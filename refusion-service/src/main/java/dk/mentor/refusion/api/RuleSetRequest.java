package dk.mentor.refusion.api;

import dk.mentor.refusion.domain.CeilingKind;
import dk.mentor.refusion.domain.ClaimPeriod;
import dk.mentor.refusion.domain.ExpenseType;
import dk.mentor.refusion.domain.RuleSet;
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
        @Schema(description = "Whether a figure of the rule is still missing and must be filled in.", example = "false")
        boolean placeholder,
        @Schema(description = "Where the rule comes from (law, circular, guidance).", example = "Kontanthjælpsreform 2014, 001 p.14")
        @NotBlank @Size(max = 2000) String sourceNote) {

    RuleSet.Terms toTerms() {
        return new RuleSet.Terms(regime, legalBasis, blankToNull(targetGroup), expenseType, blankToNull(municipality),
                refundRate, ceilingKind, ceilingAmount, blankToNull(accountCode), claimPeriod, validFrom, validTo,
                placeholder, sourceNote);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
