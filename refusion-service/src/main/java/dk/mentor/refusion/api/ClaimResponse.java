package dk.mentor.refusion.api;

import dk.mentor.refusion.domain.Claim;
import dk.mentor.refusion.domain.RuleStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RefusionClaim", description = "A refusion claim of one municipality for one period under one regime.")
public record ClaimResponse(
        @Schema(description = "The claim's id.", example = "3f0c2a9e-6b1d-4c57-9a8e-2d4f1b7c5e10") UUID id,
        @Schema(description = "The claiming municipality.", example = "0751") String municipality,
        @Schema(description = "The regime claimed under.", example = "LAB_2009") String regime,
        @Schema(description = "First day of the period.", example = "2010-01-01") LocalDate periodFrom,
        @Schema(description = "Last day of the period.", example = "2010-03-31") LocalDate periodTo,
        @Schema(description = "DRAFT, SUBMITTED, APPROVED, REJECTED or PAID.", example = "DRAFT") String status,
        @Schema(description = "The claim this one supplements after a late correction, or null.", example = "3f0c2a9e-6b1d-4c57-9a8e-2d4f1b7c5e10") UUID supplementTo,
        @Schema(description = "Sum of the claim's expense lines, in kroner.", example = "9000.00") BigDecimal totalExpense,
        @Schema(description = "The refund of the lines, in kroner: per refund rate, the rate times the lines' refundable amounts, rounded half up once per rate (the rule's refund rounding); see the claim document's table per rate.", example = "4500.00") BigDecimal lineRefundTotal,
        @Schema(description = "Correction of the refund on a supplementary claim when late lines moved room under a ceiling.", example = "0.00")
        BigDecimal ceilingAdjustment,
        @Schema(description = "The refund claimed: line refunds plus the adjustment.", example = "4500.00") BigDecimal totalRefund,
        @Schema(description = "The reason given with the last status change, if any.", example = "Missing documentation of hours") String statusReason,
        @Schema(description = "Who drafted the claim.", example = "finance-aarhus") String createdBy,
        @Schema(description = "When it was drafted.", example = "2026-03-02T10:15:30Z") OffsetDateTime createdAt,
        @Schema(description = "When its status last changed.", example = "2026-03-02T10:15:30Z") OffsetDateTime statusChangedAt,
        @Schema(description = "Version for optimistic locking (also the ETag).", example = "0") long version,
        @Schema(description = "How settled the rules behind the claim are, the least settled rule of its lines: IN_FORCE, PROPOSED (a bill) or PLACEHOLDER (the sources do not settle it).", example = "IN_FORCE") String ruleStatus,
        @Schema(description = "The rule status in Danish, for users.", example = "Gældende regel") String ruleStatusText) {

    static ClaimResponse from(Claim c, RuleStatus ruleStatus) {
        return new ClaimResponse(c.id(), c.municipality(), c.regime(), c.periodFrom(), c.periodTo(), c.status().name(),
                c.supplementTo(), c.totalExpense(), c.lineRefundTotal(), c.ceilingAdjustment(), c.totalRefund(),
                c.statusReason(), c.createdBy(), c.createdAt(), c.statusChangedAt(), c.version(), ruleStatus.name(),
                ruleStatus.danishText());
    }
}
