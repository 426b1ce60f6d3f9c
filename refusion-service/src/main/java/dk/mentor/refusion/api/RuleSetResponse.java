package dk.mentor.refusion.api;

import dk.mentor.refusion.domain.RuleSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RuleSet", description = "An effective-dated refund rule; an expense is judged by the row in force on its date.")
public record RuleSetResponse(
        @Schema(description = "The rule's id.", example = "3f0c2a9e-6b1d-4c57-9a8e-2d4f1b7c5e10") UUID id,
        @Schema(description = "The regime the rule belongs to.", example = "LAB_2009") String regime,
        @Schema(description = "The legal basis code.", example = "LAB_78") String legalBasis,
        @Schema(description = "The target group it is limited to, or null for every citizen.", example = "VULNERABLE_YOUNG_UNEMPLOYED") String targetGroup,
        @Schema(description = "The expense type.", example = "WAGE") String expenseType,
        @Schema(description = "The municipality it is limited to, or null for all.", example = "0751") String municipality,
        @Schema(description = "Share refunded, 0 to 1.", example = "0.5") BigDecimal refundRate,
        @Schema(description = "How refund or spending is limited.", example = "NONE") String ceilingKind,
        @Schema(description = "The ceiling in kroner per municipality and year, or null.", example = "1250000.00") BigDecimal ceilingAmount,
        @Schema(description = "The account code.", example = "5.68.90.018") String accountCode,
        @Schema(description = "How often the refund is claimed.", example = "QUARTER") String claimPeriod,
        @Schema(description = "First day in force.", example = "2009-07-06") LocalDate validFrom,
        @Schema(description = "Last day in force, or null.", example = "2013-12-31") LocalDate validTo,
        @Schema(description = "True when the status is PLACEHOLDER (kept for older clients).", example = "true") boolean placeholder,
        @Schema(description = "How settled the rule is: IN_FORCE, PROPOSED (a bill) or PLACEHOLDER (the sources do not settle it).", example = "PROPOSED") String status,
        @Schema(description = "The status in Danish, for users.", example = "Lovforslag: reglen er foreslået, men ikke vedtaget") String statusText,
        @Schema(description = "Whether the ceiling is a frame shared with spending the suite does not record.", example = "true") boolean sharedFrame,
        @Schema(description = "How a claim's refund is rounded.", example = "PER_CLAIM_HALF_UP") String refundRounding,
        @Schema(description = "Where the rule comes from.", example = "LAB 2009: 50 % of mentor wage and training (000 p.5)") String sourceNote,
        @Schema(description = "Version for optimistic locking (also the ETag).", example = "1") long version,
        @Schema(description = "Who created the row.", example = "migration") String createdBy,
        @Schema(description = "When the row was created.", example = "2026-03-02T10:15:30Z") OffsetDateTime createdAt) {

    static RuleSetResponse from(RuleSet r) {
        return new RuleSetResponse(r.id(), r.regime(), r.legalBasis(), r.targetGroup(), r.expenseType().name(),
                r.municipality(), r.refundRate(), r.ceilingKind().name(), r.ceilingAmount(), r.accountCode(),
                r.claimPeriod().name(), r.validFrom(), r.validTo(), r.placeholder(), r.status().name(),
                r.status().danishText(), r.sharedFrame(), r.refundRounding().name(), r.sourceNote(), r.version(),
                r.createdBy(), r.createdAt());
    }
}
