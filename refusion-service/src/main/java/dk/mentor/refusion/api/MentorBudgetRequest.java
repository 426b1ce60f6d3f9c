package dk.mentor.refusion.api;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MentorBudgetRequest", description = "The planned mentor hours.")
public record MentorBudgetRequest(
        @Schema(description = "Planned hours for the year, 0 or more, two decimals at most.", example = "1200.00", required = true) BigDecimal plannedHours) {
}
