package dk.mentor.refusion.api;

import dk.mentor.refusion.domain.MentorBudget;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MentorBudget", description = "Planned mentor hours for a target group in a year against the hours in the ledger.")
public record MentorBudgetResponse(
        @Schema(description = "The municipality.", example = "0751") String municipality,
        @Schema(description = "The year.", example = "2025") int year,
        @Schema(description = "A TargetGroup name.", example = "ACTIVITY_READY") String targetGroup,
        @Schema(description = "Planned hours, or null while no budget is set.", example = "1200.00") BigDecimal plannedHours,
        @Schema(description = "Mentor hours in the ledger for citizens of the group (wage lines, corrections included).", example = "412.50") BigDecimal actualHours,
        @Schema(description = "Planned minus actual; negative when over budget; null without a plan.", example = "787.50") BigDecimal remainingHours,
        @Schema(description = "Actual as a whole percentage of planned; null without a positive plan.", example = "34") Integer percentUsed,
        @Schema(description = "The budget's version (its ETag); 0 while no budget is set.", example = "1") long version) {

    static MentorBudgetResponse from(MentorBudget b) {
        return new MentorBudgetResponse(b.municipality(), b.year(), b.targetGroup(), b.plannedHours(), b.actualHours(),
                b.remainingHours(), b.percentUsed(), b.version());
    }

}
